package io.switchboard.inbox.web;

import io.switchboard.channels.ChannelId;
import io.switchboard.channels.MediaLibrary;
import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a conversation's messages from messaging (the inbox stores no bodies), for the API and the page. */
@Component
class ThreadView {
    /**
     * A message of the thread.
     *
     * @param content the normalized content ({@code kind} plus its fields), as messaging stores it
     */
    record Message(
            UUID id,
            UUID channelId,
            String direction,
            String type,
            JsonNode content,
            String status,
            @Nullable Integer errorCode,
            @Nullable String errorTitle,
            Instant occurredAt,
            @Nullable Media media) {
        public boolean outbound() {
            return "OUT".equals(direction);
        }

        public String kind() {
            return content.path("kind").asString(type);
        }

        public String text(String field) {
            return content.path(field).asString("");
        }

        /** The contact cards a customer shared: each one's name, phone numbers and e-mail addresses. */
        public List<Card> cards() {
            var out = new ArrayList<Card>();
            JsonNode cards;
            try {
                cards = JSON.readTree(content.path("cardsJson").asString("[]"));
            } catch (RuntimeException unreadable) {
                return out;
            }
            for (var card : cards) {
                var phones = new ArrayList<String>();
                card.path("phones")
                        .forEach(p -> phones.add(
                                p.path("phone").asString(p.path("wa_id").asString(""))));
                var emails = new ArrayList<String>();
                card.path("emails").forEach(e -> emails.add(e.path("email").asString("")));
                out.add(new Card(card.path("name").path("formatted_name").asString(""), phones, emails));
            }
            return out;
        }

        /** The {@code field} of each element of the array {@code array}, e.g. the titles of buttons. */
        public List<String> texts(String array, String field) {
            var out = new ArrayList<String>();
            for (var element : content.path(array)) {
                out.add(
                        field.isEmpty()
                                ? element.asString("")
                                : element.path(field).asString(""));
            }
            return out;
        }
    }

    /** A shared contact card, as the thread shows it. */
    record Card(String name, List<String> phones, List<String> emails) {}

    /**
     * The stored file of a media message: STORED (then {@code url} serves it with an API key), PENDING while
     * it downloads, FAILED when WhatsApp would not give it.
     */
    record Media(
            String status,
            @Nullable String mimeType,
            @Nullable Long size,
            @Nullable String url) {
        public boolean stored() {
            return "STORED".equals(status);
        }

        /** image, audio, video or file: how the page shows it, by what the bytes are, not what was claimed. */
        public String shownAs() {
            var type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
            if (type.startsWith("image/jpeg")
                    || type.startsWith("image/png")
                    || type.startsWith("image/webp")
                    || type.startsWith("image/gif")) {
                return "image";
            }
            return type.startsWith("audio/") ? "audio" : type.startsWith("video/") ? "video" : "file";
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ConversationManagement conversations;
    private final MessageManagement messages;
    private final MediaLibrary media;

    ThreadView(ConversationManagement conversations, MessageManagement messages, MediaLibrary media) {
        this.conversations = conversations;
        this.messages = messages;
        this.media = media;
    }

    /** Newest first. A contact writes to several numbers: only this conversation's number counts. */
    List<Message> messages(WorkspaceId workspace, ConversationId id, @Nullable Instant before, int limit) {
        var conversation = conversations.get(workspace, id);
        var views = messages.messages(workspace, conversation.contactId(), before, limit).stream()
                .filter(m -> m.channelId().equals(conversation.channelId()))
                .map(ThreadView::view)
                .toList();
        return withMedia(workspace, conversation.channelId(), views);
    }

    static Message view(StoredMessage m) {
        return new Message(
                m.id().value(),
                m.channelId().value(),
                m.direction().name(),
                m.type(),
                JSON.readTree(m.contentJson()),
                m.status().name(),
                m.errorCode(),
                m.errorTitle(),
                m.occurredAt(),
                null);
    }

    /** Adds each media message's file, read once for the whole page. */
    private List<Message> withMedia(WorkspaceId workspace, ChannelId channel, List<Message> views) {
        var ids = new LinkedHashSet<String>();
        for (var m : views) {
            if ("media".equals(m.kind()) && !m.text("mediaId").isEmpty()) {
                ids.add(m.text("mediaId"));
            }
        }
        if (ids.isEmpty()) {
            return views;
        }
        var files = media.findAll(workspace, channel, ids);
        return views.stream()
                .map(m -> {
                    var file = "media".equals(m.kind()) ? files.get(m.text("mediaId")) : null;
                    if (file == null) {
                        return m;
                    }

                    return new Message(
                            m.id(),
                            m.channelId(),
                            m.direction(),
                            m.type(),
                            m.content(),
                            m.status(),
                            m.errorCode(),
                            m.errorTitle(),
                            m.occurredAt(),
                            new Media(file.status(), file.mimeType(), file.size(), file.apiUrl(channel)));
                })
                .toList();
    }
}
