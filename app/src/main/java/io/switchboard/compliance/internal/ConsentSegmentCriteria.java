package io.switchboard.compliance.internal;

import io.switchboard.contacts.SegmentCondition;
import io.switchboard.contacts.spi.InvalidCondition;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.contacts.spi.SegmentPredicate;
import io.switchboard.workspace.WorkspaceId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The segment condition on consent: the ledger's current state per contact and purpose (the same row the
 * outbound policy reads), granted, revoked (withdrawn) or unknown (nothing on record).
 */
@Component
@Order(20)
class ConsentSegmentCriteria implements SegmentCriteria {
    static final String CURRENT = """
            exists (select 1 from compliance_consent_current k
                     where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.purpose = :%spurpose%s)""";

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("consent", true, List.of("granted", "revoked", "unknown")));
    }

    @Override
    public SegmentPredicate predicate(WorkspaceId workspace, SegmentCondition c, String p) {
        var purpose = c.field() == null ? "" : c.field().toUpperCase(Locale.ROOT);
        if (!purpose.equals("MARKETING") && !purpose.equals("UTILITY")) {
            throw new InvalidCondition("field", "Choose the purpose: marketing or utility.");
        }
        return switch (c.operator()) {
            case "granted" ->
                new SegmentPredicate(
                        CURRENT.formatted(p, " and k.state = :" + p + "state"),
                        Map.of(p + "purpose", purpose, p + "state", "GRANTED"));
            case "revoked" ->
                new SegmentPredicate(
                        CURRENT.formatted(p, " and k.state = :" + p + "state"),
                        Map.of(p + "purpose", purpose, p + "state", "WITHDRAWN"));
            default -> new SegmentPredicate("not " + CURRENT.formatted(p, ""), Map.of(p + "purpose", purpose));
        };
    }
}
