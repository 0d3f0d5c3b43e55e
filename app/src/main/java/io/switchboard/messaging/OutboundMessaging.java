package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelManagement;
import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.contacts.ContactDirectory;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.internal.OutboundIntake;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
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
    private final ContactDirectory directory;
    private final ChannelManagement channels;
    private final OutboundIntake intake;
    private final Clock clock;

    OutboundMessaging(
            ContactManagement contacts,
            ContactDirectory directory,
            ChannelManagement channels,
            OutboundIntake intake,
            Clock clock) {
        this.contacts = contacts;
        this.directory = directory;
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
     * {@link #send} for many requests in one transaction (a campaign's batch): each request is decided in order
     * by the same policy, and stored as {@link #send} stores it (message row, outbox row, DUPLICATE for a key
     * seen before, including earlier in the list), with the contacts, channels, keys and templates read once
     * for the list and the rows written in batches.
     *
     * <p>The first decision whose reason is in {@code stopAt} (say, a template paused or a messaging limit
     * reached, which the caller treats as a stop) is returned without being stored (its message id is null)
     * and ends the list: the result is as long as the requests decided.
     *
     * @throws io.switchboard.contacts.ContactException if a contact is not in this workspace (nothing decided)
     * @throws io.switchboard.channels.ChannelException NOT_FOUND if a channel is not in this workspace
     */
    @Transactional
    public List<SendDecision> sendAll(WorkspaceId workspace, List<OutboundRequest> requests, Set<ReasonCode> stopAt) {
        if (requests.isEmpty()) {
            return List.of();
        }
        var found = directory.byIds(
                workspace, requests.stream().map(OutboundRequest::contact).toList());
        var byChannel = new HashMap<ChannelId, WhatsAppChannel>();
        var items = new ArrayList<OutboundIntake.Item>(requests.size());
        for (var request : requests) {
            var contact = found.get(request.contact());
            if (contact == null) {
                throw ContactException.notFound();
            }
            var channel = byChannel.computeIfAbsent(request.channel(), id -> channels.channel(workspace, id));
            items.add(new OutboundIntake.Item(request, contact, channel));
        }
        var decisions = intake.takeAll(workspace, items, stopAt);
        // The contact list filters on last activity; a blocked message (or one not stored) is no activity.
        var active = new ArrayList<ContactId>();
        for (var i = 0; i < decisions.size(); i++) {
            var decision = decisions.get(i);
            if (decision.accepted() && decision.messageId() != null && decision.reason() != ReasonCode.DUPLICATE) {
                active.add(requests.get(i).contact());
            }
        }
        contacts.touch(workspace, active, clock.instant());
        return decisions;
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
