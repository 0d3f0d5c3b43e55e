package io.switchboard.inbox.web;

import io.switchboard.inbox.ConversationId;
import io.switchboard.inbox.ConversationManagement;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            String direction,
            String type,
            JsonNode content,
            String status,
            @Nullable Integer errorCode,
            @Nullable String errorTitle,
            Instant occurredAt) {
        public boolean outbound() {
            return "OUT".equals(direction);
        }

        public String kind() {
            return content.path("kind").asString(type);
        }

        public String text(String field) {
            return content.path(field).asString("");
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

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ConversationManagement conversations;
    private final MessageManagement messages;

    ThreadView(ConversationManagement conversations, MessageManagement messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** Newest first. A contact writes to several numbers: only this conversation's number counts. */
    List<Message> messages(WorkspaceId workspace, ConversationId id, @Nullable Instant before, int limit) {
        var conversation = conversations.get(workspace, id);
        return messages.messages(workspace, conversation.contactId(), before, limit).stream()
                .filter(m -> m.channelId().equals(conversation.channelId()))
                .map(ThreadView::view)
                .toList();
    }

    static Message view(StoredMessage m) {
        return new Message(
                m.id().value(),
                m.direction().name(),
                m.type(),
                JSON.readTree(m.contentJson()),
                m.status().name(),
                m.errorCode(),
                m.errorTitle(),
                m.occurredAt());
    }
}
