package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignId;
import io.switchboard.contacts.SegmentCondition;
import io.switchboard.contacts.spi.InvalidCondition;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.contacts.spi.SegmentPredicate;
import io.switchboard.contacts.spi.SegmentValues;
import io.switchboard.workspace.WorkspaceId;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The segment condition on a campaign of the workspace: the contact received it (delivered or read, or
 * answered it), did not receive it, or replied to it (the first inbound message after it, see
 * {@code campaigns_recipient.replied_at}).
 */
@Component
@Order(30)
class CampaignSegmentCriteria implements SegmentCriteria {
    static final String RECIPIENT = """
            exists (select 1 from campaigns_recipient r
                     where r.workspace_id = c.workspace_id and r.contact_id = c.id and r.campaign_id = :%scampaign
                       and %s)""";
    static final String RECEIVED = "(r.status in ('DELIVERED', 'READ') or r.replied_at is not null)";

    private final CampaignStore campaigns;

    /** By id or, for people typing, by its name (the newest campaign of that name). */
    private java.util.UUID campaign(WorkspaceId workspace, String value) {
        try {
            var id = java.util.UUID.fromString(value);
            // The id is not echoed: it may be another workspace's (invariant 4).
            return campaigns
                    .find(workspace, CampaignId.of(id))
                    .orElseThrow(() -> new InvalidCondition("value", "There is no such campaign in this workspace."))
                    .campaign()
                    .id()
                    .value();
        } catch (IllegalArgumentException e) {
            return campaigns.list(workspace).stream()
                    .filter(x -> x.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() ->
                            new InvalidCondition("value", "There is no campaign '" + value + "' in this workspace."))
                    .id()
                    .value();
        }
    }

    CampaignSegmentCriteria(CampaignStore campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("campaign", false, List.of("received", "not_received", "replied")));
    }

    @Override
    public SegmentPredicate predicate(WorkspaceId workspace, SegmentCondition c, String p) {
        var id = campaign(workspace, SegmentValues.required(c.value(), "Choose a campaign."));
        var params = Map.<String, Object>of(p + "campaign", id);
        return switch (c.operator()) {
            case "received" -> new SegmentPredicate(RECIPIENT.formatted(p, RECEIVED), params);
            case "not_received" -> new SegmentPredicate("not " + RECIPIENT.formatted(p, RECEIVED), params);
            default -> new SegmentPredicate(RECIPIENT.formatted(p, "r.replied_at is not null"), params);
        };
    }
}
