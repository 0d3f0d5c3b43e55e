package io.switchboard.inbox.internal;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.inbox.Conversation;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationStatus;
import io.switchboard.inbox.ConversationUpdated;
import io.switchboard.inbox.ConversationUpdated.Change;
import io.switchboard.messaging.MessageId;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Files messages into conversations. Runs in the listeners' transactions; every method is idempotent on
 * the message id, because events are delivered at least once.
 */
@Component
public class ConversationIntake {
    private final ConversationStore conversations;
    private final AutoAssigner assigner;
    private final InboxSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationIntake(
            ConversationStore conversations,
            AutoAssigner assigner,
            InboxSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.conversations = conversations;
        this.assigner = assigner;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A customer's message: into their open conversation with this number, reopening or starting one. */
    public ConversationId inbound(
            WorkspaceId workspace, ContactId contact, ChannelId channel, MessageId message, String type, Instant at) {
        var now = clock.instant();
        var conversation = openFor(workspace, contact, channel, now);
        if (!conversations.link(workspace, conversation.id(), message, "IN", at)) {
            return conversation.id();
        }
        conversations.touchInbound(workspace, conversation.id(), message, type, at, now);
        // Issue 4: snoozed "until the customer's next message", or pending on them: their message is work again.
        if (conversation.status() == ConversationStatus.SNOOZED
                || conversation.status() == ConversationStatus.PENDING) {
            conversations.setStatus(workspace, conversation, ConversationStatus.OPEN, null, false, now);
            conversation = conversations.find(workspace, conversation.id()).orElseThrow();
        }
        // The assigner needs who holds the conversation, which the message did not change: read in this
        // transaction a moment ago, as a second read would be.
        assigner.assign(workspace, conversation);
        events.publishEvent(new ConversationUpdated(workspace, conversation.id(), Change.MESSAGE));
        return conversation.id();
    }

    /** A status of a message we sent: link the message to the conversation (first status) and refresh ticks. */
    public void outboundStatus(
            WorkspaceId workspace, ContactId contact, ChannelId channel, MessageId message, Instant at) {
        var now = clock.instant();
        var conversation = conversations.active(workspace, contact, channel);
        if (conversation.isEmpty()) {
            return; // a template to a contact with no open conversation (a campaign): not inbox work
        }
        var id = conversation.get().id();
        if (conversations.link(workspace, id, message, "OUT", at)) {
            conversations.touch(workspace, id, message, "outbound", "OUT", at, now);
        }
        events.publishEvent(new ConversationUpdated(workspace, id, Change.MESSAGE_STATUS));
    }

    private Conversation openFor(WorkspaceId workspace, ContactId contact, ChannelId channel, Instant now) {
        var active = conversations.activeUnlabelled(workspace, contact, channel);
        if (active.isPresent()) {
            return active.get();
        }
        var resolved = conversations.latestResolved(workspace, contact, channel, now.minus(settings.reopenWithin()));
        if (resolved.isPresent()) {
            conversations.setStatus(workspace, resolved.get(), ConversationStatus.OPEN, null, false, now);
            events.publishEvent(
                    new ConversationUpdated(workspace, resolved.get().id(), Change.STATUS));
            return conversations.find(workspace, resolved.get().id()).orElseThrow();
        }
        var id = ConversationId.random();
        if (!conversations.insert(workspace, id, contact, channel, now)) {
            return conversations.active(workspace, contact, channel).orElseThrow();
        }
        events.publishEvent(new ConversationUpdated(workspace, id, Change.OPENED));
        return conversations.find(workspace, id).orElseThrow();
    }
}
