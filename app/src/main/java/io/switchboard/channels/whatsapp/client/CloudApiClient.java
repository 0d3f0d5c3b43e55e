package io.switchboard.channels.whatsapp.client;

import io.switchboard.Secret;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Graph API client the rest of {@code channels} uses: sends, read receipts, media and number
 * details for one {@link Connection} per call, so one bean serves every channel and both Meta and
 * the sandbox. Thread-safe. No method throws for a Graph or network failure: each returns a result
 * whose failure is classified by {@link ErrorClassifier}. Never logs tokens, message content or full
 * phone numbers.
 */
@Component
public class CloudApiClient {
    private static final Logger log = LoggerFactory.getLogger(CloudApiClient.class);

    private final GraphApiSettings settings;
    private final GraphHttp http;
    private final MessageJson json;
    private final MediaDownloads downloads;

    CloudApiClient(GraphApiSettings settings) {
        var mapper = JsonMapper.builder().build();
        this.settings = settings;
        this.http = new GraphHttp(settings, mapper);
        this.json = new MessageJson(mapper);
        this.downloads = new MediaDownloads(http);
    }

    /** A connection to the configured Graph URL and version ({@code SWITCHBOARD_WHATSAPP_GRAPH_URL}, …). */
    public Connection connection(String phoneNumberId, @Nullable String wabaId, Secret accessToken) {
        return new Connection(settings.graphUrl(), settings.graphVersion(), phoneNumberId, wabaId, accessToken);
    }

    /**
     * Sends one message. Checks {@link MessageRules} first and answers {@link SendResult.Invalid}
     * without calling Meta when they fail. A timeout after the request left is {@code RETRYABLE}, yet
     * Meta may have accepted it: callers keep {@code biz_opaque_callback_data} to reconcile.
     */
    public SendResult send(Connection connection, SendRequest request) {
        var violations = MessageRules.check(request);
        if (!violations.isEmpty()) {
            log.debug(
                    "Not sending invalid {} message from {}: {}",
                    MessageJson.typeOf(request.message()),
                    connection.phoneNumberId(),
                    violations);
            return new SendResult.Invalid(violations);
        }
        var reply = http.post(connection, connection.node(connection.phoneNumberId(), "messages"), json.send(request));
        var result = SendResponses.toResult(reply);
        switch (result) {
            case SendResult.Accepted a ->
                log.debug(
                        "Meta accepted {} message from {} to {} as {}",
                        MessageJson.typeOf(request.message()),
                        connection.phoneNumberId(),
                        masked(request.to()),
                        a.wamid());
            case SendResult.Failed f -> logRefusal(connection, request, f);
            case SendResult.Invalid i -> {}
        }
        return result;
    }

    /**
     * Sends, and on a {@code RETRYABLE} failure waits as {@code policy} says (in this thread) and sends
     * again. Returns the first non-retryable result or the last failure. For interactive paths only; the
     * outbox dispatcher schedules retries with {@link RetryPolicy#delayAfter} instead of blocking.
     */
    public SendResult sendWithRetry(Connection connection, SendRequest request, RetryPolicy policy) {
        return Retrying.run(() -> send(connection, request), policy, Retrying::sleep);
    }

    /**
     * Marks an inbound message (and the earlier ones in that chat) as read, within 30 days of it. With
     * {@code typingIndicator} WhatsApp shows "typing…" until we reply or for 25 s, so only ask for it
     * when a reply follows.
     */
    public GraphResult<Boolean> markAsRead(Connection connection, String messageId, boolean typingIndicator) {
        var reply = http.post(
                connection,
                connection.node(connection.phoneNumberId(), "messages"),
                json.markAsRead(messageId, typingIndicator));
        return reply.ok()
                ? new GraphResult.Ok<>(reply.body().path("success").asBoolean(false))
                : failed(reply, "mark as read");
    }

    /** Uploads a file to this number ({@code POST /{phone_number_id}/media}); the id is valid 30 days. */
    public GraphResult<String> uploadMedia(Connection connection, MediaUpload upload) {
        var reply = http.upload(connection, connection.node(connection.phoneNumberId(), "media"), upload);
        if (reply.ok() && Reply.text(reply.body(), "id") != null) {
            return new GraphResult.Ok<>(Reply.text(reply.body(), "id"));
        }
        return failed(reply, "media upload");
    }

    /** Where a media item is ({@code GET /{media_id}}); the URL expires after 5 minutes. */
    public GraphResult<MediaInfo> getMedia(Connection connection, String mediaId) {
        var reply = http.get(connection, connection.node(mediaId));
        return reply.ok() ? MediaDownloads.info(reply.body(), mediaId) : failed(reply, "media lookup");
    }

    /**
     * Streams a media item to {@code target} with the bearer token and checks Meta's sha256; a
     * mismatch leaves no file and is {@code RETRYABLE} (fetch a fresh URL). A 404 means the URL
     * expired: call {@link #getMedia} again.
     */
    public GraphResult<Path> downloadMedia(Connection connection, MediaInfo media, Path target) {
        return downloads.toFile(connection, media, target);
    }

    /** Like {@link #downloadMedia(Connection, MediaInfo, Path)}, into memory; refuses more than {@code maxBytes}. */
    public GraphResult<byte[]> downloadMedia(Connection connection, MediaInfo media, long maxBytes) {
        return downloads.toBytes(connection, media, maxBytes);
    }

    /** Deletes uploaded media ({@code DELETE /{media_id}}). */
    public GraphResult<Boolean> deleteMedia(Connection connection, String mediaId) {
        var reply = http.delete(connection, connection.node(mediaId));
        return reply.ok()
                ? new GraphResult.Ok<>(reply.body().path("success").asBoolean(false))
                : failed(reply, "media delete");
    }

    /** Name, quality, throughput and messaging limit of the connection's number: "test the connection". */
    public GraphResult<PhoneNumberDetails> phoneNumber(Connection connection) {
        var uri = UriComponentsBuilder.fromUri(connection.node(connection.phoneNumberId()))
                .queryParam(
                        "fields",
                        "display_phone_number,verified_name,quality_rating,throughput,"
                                + "whatsapp_business_manager_messaging_limit")
                .build(true)
                .toUri();
        var reply = http.get(connection, uri);
        if (!reply.ok()) {
            return failed(reply, "phone number lookup");
        }
        var body = reply.body();
        var id = Reply.text(body, "id");
        return new GraphResult.Ok<>(new PhoneNumberDetails(
                id == null ? connection.phoneNumberId() : id,
                Reply.text(body, "display_phone_number"),
                Reply.text(body, "verified_name"),
                Reply.text(body, "quality_rating"),
                body.path("throughput").isObject() ? Reply.text(body.path("throughput"), "level") : null,
                Reply.text(body, "whatsapp_business_manager_messaging_limit")));
    }

    private static void logRefusal(Connection connection, SendRequest request, SendResult.Failed failed) {
        var line = "Meta refused {} message from {} to {}: {} ({})";
        Object[] args = {
            MessageJson.typeOf(request.message()),
            connection.phoneNumberId(),
            masked(request.to()),
            failed.error().summary(),
            failed.errorClass()
        };
        switch (failed.errorClass()) {
            // Rate limits and Meta hiccups are routine at volume; the dispatcher counts them.
            case RETRYABLE -> log.debug(line, args);
            // Nothing from this channel gets through until someone fixes it.
            case CHANNEL_DISABLING -> log.warn(line, args);
            case PERMANENT, OUTSIDE_WINDOW, WAIT_24H -> log.info(line, args);
        }
    }

    private static <T> GraphResult<T> failed(Reply reply, String what) {
        var failure = GraphResult.<T>failed(reply.error());
        log.info("Graph API {} failed: {} ({})", what, failure.error().summary(), failure.errorClass());
        return failure;
    }

    /** The last four digits only: enough to tell recipients apart in a log, not enough to identify one. */
    static String masked(String phone) {
        var digits = phone.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "…" + digits.substring(digits.length() - 4);
    }
}
