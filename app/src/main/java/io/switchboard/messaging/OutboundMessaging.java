package io.switchboard.messaging;

import io.switchboard.channels.ChannelManagement;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.internal.OutboundIntake;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages to contacts, for every source (operators, the API, campaigns, flows, AI): each request
 * goes through the one outbound policy (service window, template status, marketing consent, number
 * quality and status, budget, messaging limit; invariant 3). An accepted message is stored QUEUED with its
 * outbox row in the same transaction and sent by the channel's dispatcher; a blocked one is stored BLOCKED
 * with its reason, so the user can see why. Callers never re-check any of these rules themselves.
 */
@Service
public class OutboundMessaging {
    private final ContactManagement contacts;
    private final ChannelManagement channels;
    private final OutboundIntake intake;
    private final Clock clock;

    OutboundMessaging(ContactManagement contacts, ChannelManagement channels, OutboundIntake intake, Clock clock) {
        this.contacts = contacts;
        this.channels = channels;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * Decides and stores. A request whose idempotency key was seen before in this workspace changes nothing
     * and answers DUPLICATE with the first message's id.
     *
     * @throws io.switchboard.contacts.ContactException if the contact is not in this workspace
     * @throws io.switchboard.channels.ChannelException NOT_FOUND if the channel is not in this workspace
     */
    @Transactional
    public SendDecision send(WorkspaceId workspace, OutboundRequest request) {
        var contact = contacts.get(workspace, request.contact());
        var channel = channels.channel(workspace, request.channel());
        var decision = intake.take(workspace, request, contact, channel);
        if (decision.accepted()) {
            // The contact list filters on last activity; a blocked message is no activity.
            contacts.touch(workspace, request.contact(), clock.instant());
        }
        return decision;
    }

    /**
     * The decision {@link #send} would make now, storing nothing: for dry runs. Each request is judged alone,
     * so the messaging limit is not counted across several checks.
     */
    @Transactional(readOnly = true)
    public SendDecision check(WorkspaceId workspace, OutboundRequest request) {
        var contact = contacts.get(workspace, request.contact());
        var channel = channels.channel(workspace, request.channel());
        return intake.check(workspace, request, contact, channel);
    }

    /**
     * How many more contacts outside their service window this number's business portfolio may message in
     * the rolling 24 hours (Meta's messaging limit); {@link Long#MAX_VALUE} when unlimited.
     */
    @Transactional(readOnly = true)
    public long remainingLimit(WorkspaceId workspace, io.switchboard.channels.ChannelId channel) {
        return intake.remainingLimit(workspace, channels.channel(workspace, channel));
    }

    /** The outbound message with its status and the policy's reason; empty if unknown in this workspace. */
    @Transactional(readOnly = true)
    public java.util.Optional<OutboundMessageView> find(WorkspaceId workspace, MessageId id) {
        return intake.view(workspace, id);
    }
}
