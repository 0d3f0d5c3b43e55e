package io.switchboard.sandbox.messaging;

import io.switchboard.sandbox.state.BusinessNumber;
import io.switchboard.sandbox.state.Engine;
import io.switchboard.sandbox.state.Ids;
import io.switchboard.sandbox.state.Json;
import io.switchboard.sandbox.state.Media;
import io.switchboard.sandbox.state.MessageRecord;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulated customer writes to a business number: the sandbox completes the Cloud API message
 * ({@code id}, {@code timestamp}, media digests), opens the 24 h service window and sends the webhook.
 */
public final class InboundMessages {
    private static final Set<String> MEDIA = Set.of("image", "video", "audio", "document", "sticker");
    private static final Map<String, String> DEFAULT_MIME = Map.of(
            "image",
            "image/jpeg",
            "video",
            "video/mp4",
            "audio",
            "audio/ogg; codecs=opus",
            "document",
            "application/pdf",
            "sticker",
            "image/webp");
    private static final Set<String> FILLED = Set.of("from", "id", "timestamp", "context");

    private final Engine engine;
    private final Events events;
    private final MediaLinks links;

    InboundMessages(Engine engine, Events events, MediaLinks links) {
        this.engine = engine;
        this.events = events;
        this.links = links;
    }

    /**
     * @param baseUrl where this sandbox is reachable, for media URLs in the webhook
     * @return the new message's wamid
     * @throws IllegalArgumentException if the message is incomplete
     */
    public String receive(BusinessNumber number, String from, String profileName, JsonNode message, String baseUrl) {
        var waId = from.replaceAll("[+\\s()\\-]", "");
        if (!waId.matches("[0-9]{7,15}")) {
            throw new IllegalArgumentException("from must be a phone number with country code");
        }
        var type = message.path("type").asString("");
        if (type.isBlank() || !type.equals("system") && !type.equals("unsupported") && !message.has(type)) {
            throw new IllegalArgumentException("message needs a type and an object of that name");
        }
        var now = engine.clock().now();
        var complete = Json.object();
        if (message.has("context")) {
            var context = message.get("context").deepCopy();
            if (context instanceof ObjectNode node && node.has("id") && !node.has("from")) {
                node.put("from", number.displayDigits());
            }
            complete.set("context", context);
        }
        var wamid = Ids.wamid(waId);
        complete.put("from", waId).put("id", wamid).put("timestamp", String.valueOf(now.getEpochSecond()));
        message.properties().stream()
                .filter(e -> !FILLED.contains(e.getKey()))
                .forEach(e -> complete.set(e.getKey(), e.getValue().deepCopy()));
        if (MEDIA.contains(type)) {
            complete.set(type, media(number, type, complete.get(type), baseUrl));
        }
        engine.customers().recordInbound(number.phoneNumberId(), waId, profileName, now);
        var draft = new MessageRecord.Draft(
                wamid,
                number.phoneNumberId(),
                waId,
                MessageRecord.Direction.CUSTOMER,
                type,
                complete,
                null,
                null,
                "service",
                "free_customer_service",
                "");
        engine.log().add(new MessageRecord(draft, "received", now));
        engine.stats().inbound(number.phoneNumberId());
        events.toNumber(number, "messages", Payloads.inbound(number, waId, profileName, complete));
        return wamid;
    }

    /** Stores inline {@code data} (base64) as media, or checks an {@code id}, then fills Meta's fields. */
    private ObjectNode media(BusinessNumber number, String type, JsonNode given, String baseUrl) {
        Media stored;
        if (given.has("data")) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(given.get("data").asString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type + ".data must be base64");
            }
            var mime = given.path("mime_type").asString(DEFAULT_MIME.get(type));
            stored = new Media(
                    Ids.numeric(),
                    number.phoneNumberId(),
                    mime,
                    bytes,
                    given.path("filename").isString() ? given.get("filename").asString() : null,
                    engine.clock().now());
            engine.media().put(stored);
        } else {
            var id = given.path("id").asString("");
            stored = engine.media()
                    .find(id)
                    .orElseThrow(() -> new IllegalArgumentException(type + " needs data (base64) or a known media id"));
        }
        var out = Json.object();
        given.properties().stream()
                .filter(e -> !e.getKey().equals("data"))
                .forEach(e -> out.set(e.getKey(), e.getValue()));
        out.put("mime_type", stored.mimeType())
                .put("sha256", stored.sha256Base64())
                .put("id", stored.id())
                .put("url", links.url(baseUrl, stored.id()));
        if (type.equals("document") && stored.filename() != null && !out.has("filename")) {
            out.put("filename", stored.filename());
        }
        return out;
    }
}
