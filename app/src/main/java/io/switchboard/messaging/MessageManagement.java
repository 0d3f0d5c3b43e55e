package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.internal.MessageStore;
import io.switchboard.messaging.internal.MessageTextSearch;
import io.switchboard.messaging.internal.StatusApplier;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads a contact's messages and records outbound messages. Every method is scoped to one workspace. */
@Service
public class MessageManagement {
    /** The largest page {@link #messages} returns. */
    public static final int MAX_PAGE = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MessageStore messages;
    private final MessageTextSearch search;
    private final StatusApplier statuses;
    private final ContactManagement contacts;
    private final Clock clock;

    MessageManagement(
            MessageStore messages,
            MessageTextSearch search,
            StatusApplier statuses,
            ContactManagement contacts,
            Clock clock) {
        this.messages = messages;
        this.search = search;
        this.statuses = statuses;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The contact's messages, newest first, sent before {@code before} (all when {@code null}). */
    @Transactional(readOnly = true)
    public List<StoredMessage> messages(WorkspaceId workspace, ContactId contact, @Nullable Instant before, int limit) {
        return messages.page(workspace, contact, before, Math.clamp(limit, 1, MAX_PAGE));
    }

    /**
     * The contacts with a message (either direction) containing every word of {@code text}, the most recent
     * match first, at most {@code limit}; empty for blank text. Full-text on PostgreSQL (whole words, no
     * stemming), substring on H2.
     */
    @Transactional(readOnly = true)
    public List<ContactId> contactsMentioning(WorkspaceId workspace, String text, int limit) {
        if (text.isBlank()) {
            return List.of();
        }
        return search.contacts(workspace, text, Math.clamp(limit, 1, MAX_PAGE)).stream()
                .map(ContactId::new)
                .toList();
    }

    /**
     * The messages among {@code ids} in this workspace, in no particular order and with an empty status
     * history: one read for a list that shows the latest message of many conversations. Ids unknown in this
     * workspace are left out.
     */
    @Transactional(readOnly = true)
    public List<StoredMessage> byIds(WorkspaceId workspace, Collection<MessageId> ids) {
        return messages.byIds(
                workspace, ids.stream().map(MessageId::value).distinct().toList());
    }

    /**
     * What the contact wrote: the body of an inbound text message, or the label of the reply button they
     * tapped (a template's quick reply or an interactive button), as received (untrimmed). Empty for other
     * types, an outbound message or an id unknown in this workspace.
     */
    @Transactional(readOnly = true)
    public Optional<String> inboundText(WorkspaceId workspace, MessageId id) {
        return messages.inboundContent(workspace, id).map(JSON::readTree).flatMap(node -> {
            var field = switch (node.path("kind").asString("")) {
                case "text" -> "body";
                case "template_button" -> "text";
                case "button_reply" -> "title";
                default -> "";
            };
            return field.isEmpty()
                    ? Optional.empty()
                    : Optional.of(node.path(field).asString(""));
        });
    }

    /**
     * Records a message the Cloud API client sent (HTTP 200 with its wamid), ACCEPTED. Statuses that
     * arrived before this call (Meta can be faster than our bookkeeping) are applied at once. Idempotent
     * on (channel, provider message id): a second call returns the first message's id.
     */
    @Transactional
    public MessageId recordOutbound(
            WorkspaceId workspace,
            ChannelId channel,
            ContactId contact,
            String providerMessageId,
            String type,
            String contentJson,
            @Nullable String bizOpaqueCallbackData,
            Instant sentAt) {
        var id = MessageId.random();
        var inserted = messages.insert(new MessageStore.NewMessage(
                id,
                workspace,
                channel,
                contact,
                Direction.OUT,
                type,
                contentJson,
                "{}",
                providerMessageId,
                MessageStatus.ACCEPTED,
                null,
                null,
                null,
                bizOpaqueCallbackData,
                sentAt,
                clock.instant()));
        if (!inserted) {
            return messages.find(workspace, channel, providerMessageId)
                    .orElseThrow()
                    .id();
        }
        statuses.apply(workspace, channel, providerMessageId);
        contacts.touch(workspace, contact, sentAt);
        return id;
    }
}
