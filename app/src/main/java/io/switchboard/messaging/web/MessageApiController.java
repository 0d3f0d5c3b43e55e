package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.channels.MediaLibrary;
import io.switchboard.contacts.ContactId;
import io.switchboard.contacts.ContactManagement;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.messaging.StatusEntry;
import io.switchboard.messaging.StoredMessage;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A contact's messages, newest first, with status history and the download state of media. */
@RestController
@Tag(name = "Messages")
class MessageApiController {
    /**
     * A downloaded (or pending) media file.
     *
     * @param url where the bytes are served with the same key, once {@code status} is STORED
     */
    record Media(
            String status,
            @Nullable String mimeType,
            @Nullable Long size,
            @Nullable String sha256,
            @Nullable String url) {}

    record Message(
            UUID id,
            UUID channelId,
            String direction,
            String type,
            JsonNode content,
            @Nullable String providerMessageId,
            String status,
            @Nullable Integer errorCode,
            @Nullable String errorTitle,
            @Nullable String contextId,
            @Nullable String bizOpaqueCallbackData,
            @Nullable JsonNode pricing,
            @Nullable Media media,
            Instant occurredAt,
            Instant createdAt,
            List<StatusEntry> statusHistory) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ContactManagement contacts;
    private final MessageManagement messages;
    private final MediaLibrary media;

    MessageApiController(ContactManagement contacts, MessageManagement messages, MediaLibrary media) {
        this.contacts = contacts;
        this.messages = messages;
        this.media = media;
    }

    /** Pages backwards with {@code before} = the {@code occurredAt} of the oldest message already seen. */
    @GetMapping("/api/v1/contacts/{id}/messages")
    List<Message> messages(
            @AuthenticationPrincipal SwitchboardPrincipal principal,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Instant before,
            @RequestParam(defaultValue = "50") int limit) {
        var workspace = principal.workspaceId();
        var contact = contacts.get(workspace, new ContactId(id)).id();
        return messages.messages(workspace, contact, before, limit).stream()
                .map(m -> view(workspace, m))
                .toList();
    }

    private Message view(WorkspaceId workspace, StoredMessage m) {
        var content = JSON.readTree(m.contentJson());
        Media file = null;
        var mediaId = content.get("mediaId");
        if ("media".equals(content.path("kind").asString("")) && mediaId != null) {
            file = media.find(workspace, m.channelId(), mediaId.asString())
                    .map(f -> new Media(f.status(), f.mimeType(), f.size(), f.sha256(), f.apiUrl(m.channelId())))
                    .orElse(null);
        }
        return new Message(
                m.id().value(),
                m.channelId().value(),
                m.direction().name(),
                m.type(),
                content,
                m.providerMessageId(),
                m.status().name(),
                m.errorCode(),
                m.errorTitle(),
                m.contextId(),
                m.bizOpaqueCallbackData(),
                m.pricingJson() == null ? null : JSON.readTree(m.pricingJson()),
                file,
                m.occurredAt(),
                m.createdAt(),
                m.history());
    }
}
