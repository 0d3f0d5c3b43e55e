package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.SandboxNumbers.newCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.Secret;
import io.switchboard.channels.whatsapp.client.Interactive.Button;
import io.switchboard.channels.whatsapp.client.Interactive.Header;
import io.switchboard.channels.whatsapp.client.Interactive.Row;
import io.switchboard.channels.whatsapp.client.Interactive.Section;
import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import io.switchboard.testsupport.H2AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The client bean of the running app against the embedded sandbox: every message type, every error code. */
@H2AppTest
class CloudApiSandboxTests {
    private static final String VERIFY = "client-tests-verify";
    private static final WebhookSink SINK = sink();

    @LocalServerPort
    int port;

    @Autowired
    CloudApiClient client;

    SandboxNumbers sandbox;
    Connection connection;

    @BeforeEach
    void registerNumber() {
        sandbox = new SandboxNumbers(port);
        sandbox.clearFaults();
        connection = sandbox.register(SINK, VERIFY, 1000);
    }

    @AfterEach
    void clearFaults() {
        // Faults are global to the sandbox; other tests in this context must not inherit them.
        sandbox.clearFaults();
    }

    @AfterAll
    static void stopSink() {
        SINK.close();
    }

    private SendResult.Accepted accepted(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        return (SendResult.Accepted) result;
    }

    private SendResult.Failed failed(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Failed.class);
        return (SendResult.Failed) result;
    }

    private String upload(String filename, String mime) {
        var bytes = ("sandbox " + filename).getBytes(StandardCharsets.UTF_8);
        return client.uploadMedia(connection, MediaUpload.of(filename, mime, bytes))
                .orElseThrow();
    }

    @Test
    void sendsEveryMessageTypeInsideTheWindow() {
        var customer = newCustomer();
        var inbound = sandbox.customerWrites(connection, customer);
        var image = MediaRef.id(upload("photo.png", "image/png"));
        var messages = List.<OutboundMessage>of(
                new Text("See https://example.com", true),
                new OutboundMessage.Image(image, "A photo"),
                new OutboundMessage.Image(MediaRef.link("https://example.com/cat.jpg"), null),
                new OutboundMessage.Video(MediaRef.id(upload("clip.mp4", "video/mp4")), "A clip"),
                new OutboundMessage.Audio(MediaRef.id(upload("note.ogg", "audio/ogg")), true),
                new OutboundMessage.Document(MediaRef.id(upload("order.pdf", "application/pdf")), "Order", "order.pdf"),
                new OutboundMessage.Sticker(MediaRef.id(upload("smile.webp", "image/webp"))),
                OutboundMessage.Location.of(37.44216251868683, -122.16153582049394),
                new OutboundMessage.Contacts(List.of(ContactCard.of(
                        "Pablo Morales", new ContactCard.Phone("+1 940 555 1234", "WORK", "19405551234")))),
                new OutboundMessage.Reaction(inbound, "\uD83D\uDE00"),
                OutboundMessage.Reaction.remove(inbound),
                new Interactive.ReplyButtons(
                        Header.image(image),
                        "Reschedule?",
                        "Lucky Shrub",
                        List.of(new Button("change", "Change"), new Button("cancel", "Cancel"))),
                new Interactive.ListMessage(
                        "Shipping",
                        "Which option?",
                        null,
                        "Options",
                        List.of(
                                new Section("Fast", List.of(new Row("express", "Express", "Next day"))),
                                new Section("Slow", List.of(new Row("ground", "Ground", null))))),
                new Interactive.CtaUrl(
                        Header.text("Offer"), "Tap to see dates", null, "See dates", "https://www.example.com/dates"),
                new Interactive.Flow(
                        null,
                        "Book a slot",
                        null,
                        null,
                        "booking",
                        "Book",
                        "ft-1",
                        "SLOTS",
                        Map.of("day", "mon"),
                        false),
                new Interactive.Product("Our bestseller", null, "catalog-1", "sku-1"),
                new Interactive.ProductList(
                        "Picks",
                        "For you",
                        null,
                        "catalog-1",
                        List.of(new Interactive.ProductSection("Plants", List.of("sku-1", "sku-2")))),
                new Interactive.LocationRequest("Where should we deliver?"));
        var softly = new SoftAssertions();
        for (var message : messages) {
            var result =
                    client.send(connection, SendRequest.to(customer, message).withCallbackData("outbox-1"));
            softly.assertThat(result).as(message.toString()).isInstanceOf(SendResult.Accepted.class);
        }
        var reply = client.send(
                connection, SendRequest.to(customer, Text.of("Quoting you")).replyingTo(inbound));
        softly.assertThat(reply).isInstanceOf(SendResult.Accepted.class);
        softly.assertAll();
    }

    @Test
    void sendsApprovedTemplatesOutsideTheWindowAndReadsTheirStatus() {
        sandbox.approvedTemplate(
                connection,
                "client_order_update",
                "UTILITY",
                "Hello {{1}}, your order {{2}} has shipped.",
                "\"Ann\",\"A-1\"");
        var template = Template.of(
                "client_order_update",
                "en_US",
                TemplateComponent.body(TemplateParameter.text("Ann"), TemplateParameter.text("A-7")));

        var result = accepted(client.send(connection, SendRequest.to(newCustomer(), template)));

        assertThat(result.messageStatus()).isEqualTo("accepted");
        assertThat(result.wamid()).startsWith("wamid.");
    }

    @Test
    void templateErrorsArePermanent() {
        sandbox.approvedTemplate(connection, "client_two_params", "UTILITY", "Hi {{1}}, code {{2}}.", "\"a\",\"b\"");
        var tooFew = Template.of("client_two_params", "en_US", TemplateComponent.body(TemplateParameter.text("a")));
        var unknown = Template.of("client_no_such_template", "en_US");

        var mismatch = failed(client.send(connection, SendRequest.to(newCustomer(), tooFew)));
        var missing = failed(client.send(connection, SendRequest.to(newCustomer(), unknown)));

        assertThat(mismatch.error().code()).isEqualTo(132000);
        assertThat(mismatch.errorClass()).isEqualTo(ErrorClass.PERMANENT);
        assertThat(missing.error().code()).isEqualTo(132001);
        assertThat(missing.errorClass()).isEqualTo(ErrorClass.PERMANENT);
    }

    static Stream<Arguments> everyCode() {
        var codes = new ArrayList<Arguments>();
        ErrorClassifier.table().forEach((code, errorClass) -> codes.add(Arguments.of(code, errorClass)));
        Stream.of(200, 250, 299).forEach(code -> codes.add(Arguments.of(code, ErrorClass.CHANNEL_DISABLING)));
        codes.add(Arguments.of(999_999, ErrorClass.PERMANENT));
        return codes.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyCode")
    void classifiesEveryInjectedErrorCode(int code, ErrorClass expected) {
        sandbox.faults("{\"error_rate\":1,\"error_code\":" + code + "}");

        var result = failed(client.send(connection, SendRequest.to(newCustomer(), Text.of("Hello"))));

        assertThat(result.error().code()).isEqualTo(code);
        assertThat(result.error().httpStatus()).isGreaterThanOrEqualTo(400);
        assertThat(result.errorClass()).isEqualTo(expected);
    }

    @Test
    void wrongTokenDisablesTheChannel() {
        var wrong = new Connection(
                connection.graphUrl(),
                "v23.0",
                connection.phoneNumberId(),
                SandboxNumbers.WABA,
                new Secret("not-the-token"));

        var result = failed(client.send(wrong, SendRequest.to(newCustomer(), Text.of("Hello"))));

        assertThat(result.error().code()).isEqualTo(190);
        assertThat(result.error().httpStatus()).isEqualTo(401);
        assertThat(result.errorClass()).isEqualTo(ErrorClass.CHANNEL_DISABLING);
    }

    @Test
    void invalidParameterIsPermanent() {
        // Our rules leave recipient formats to Meta (usernames and BSUIDs are coming), so the sandbox answers.
        var result = failed(client.send(connection, SendRequest.to("not a number", Text.of("Hello"))));

        assertThat(result.error().code()).isEqualTo(100);
        assertThat(result.errorClass()).isEqualTo(ErrorClass.PERMANENT);
    }

    @Test
    void freeFormOutsideTheWindowFailsLaterWith131047() {
        var result = accepted(client.send(connection, SendRequest.to(newCustomer(), Text.of("Hello again"))));

        // Like Meta, the sandbox accepts the send and reports the closed window in a failed status webhook.
        var failure =
                await().atMost(Duration.ofSeconds(10)).until(() -> SINK.failure(result.wamid()), f -> f.isPresent());
        var code = failure.orElseThrow().path("errors").path(0).path("code").asInt();
        assertThat(code).isEqualTo(131047);
        assertThat(ErrorClassifier.classify(code)).isEqualTo(ErrorClass.OUTSIDE_WINDOW);
    }

    @Test
    void marketingToACustomerWhoStoppedItFailsLaterWith131050() {
        sandbox.approvedTemplate(connection, "client_promo", "MARKETING", "Sale on {{1}}!", "\"plants\"");
        var customer = newCustomer();
        sandbox.stopMarketing(connection, customer);
        var promo = Template.of("client_promo", "en_US", TemplateComponent.body(TemplateParameter.text("cacti")));

        var result = accepted(client.send(connection, SendRequest.to(customer, promo)));

        var failure =
                await().atMost(Duration.ofSeconds(10)).until(() -> SINK.failure(result.wamid()), f -> f.isPresent());
        var code = failure.orElseThrow().path("errors").path(0).path("code").asInt();
        assertThat(code).isEqualTo(131050);
        assertThat(ErrorClassifier.classify(code)).isEqualTo(ErrorClass.PERMANENT);
    }

    @Test
    void throughputLimitIsRetryableAndRetriedWithBackoff() {
        var slow = sandbox.register(SINK, VERIFY, 1);
        var policy = new RetryPolicy(6, Duration.ofMillis(300), Duration.ofSeconds(2), 0, Duration.ofSeconds(1));
        accepted(client.send(slow, SendRequest.to(newCustomer(), Text.of("first"))));
        var limited = failed(client.send(slow, SendRequest.to(newCustomer(), Text.of("second"))));
        var retried = client.sendWithRetry(slow, SendRequest.to(newCustomer(), Text.of("third")), policy);

        assertThat(limited.error().code()).isEqualTo(130429);
        assertThat(limited.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
        assertThat(retried).isInstanceOf(SendResult.Accepted.class);
    }

    @Test
    void pairRateLimitIsRetryableForThatRecipient() {
        var customer = newCustomer();
        sandbox.customerWrites(connection, customer);
        SendResult last = null;
        // Meta allows bursts of 45 messages to one recipient, then one per 6 seconds.
        for (int i = 0; i < 46; i++) {
            last = client.send(connection, SendRequest.to(customer, Text.of("Message " + i)));
        }

        var limited = failed(last);
        assertThat(limited.error().code()).isEqualTo(131056);
        assertThat(limited.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
        assertThat(RetryPolicy.defaults().delayAfter(2, limited.error(), limited.errorClass()))
                .contains(Duration.ofSeconds(4));
        accepted(client.send(connection, SendRequest.to(newCustomer(), Text.of("Others are unaffected"))));
    }

    @Test
    void networkTimeoutIsRetryable() {
        var impatient = new CloudApiClient(
                new GraphApiSettings(connection.graphUrl(), "v23.0", Duration.ofSeconds(2), Duration.ofMillis(300)));
        sandbox.faults("{\"latency_ms\":1500}");

        var result = failed(impatient.send(connection, SendRequest.to(newCustomer(), Text.of("Hello"))));

        assertThat(result.error().httpStatus()).isZero();
        assertThat(result.error().code()).isNull();
        assertThat(result.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
    }

    @Test
    void uploadsLooksUpDownloadsAndDeletesMedia() throws Exception {
        var bytes = "%PDF-1.4 sandbox invoice".getBytes(StandardCharsets.US_ASCII);
        var id = client.uploadMedia(connection, MediaUpload.of("invoice.pdf", "application/pdf", bytes))
                .orElseThrow();

        var media = client.getMedia(connection, id).orElseThrow();
        var downloaded = client.downloadMedia(connection, media, 1_000_000).orElseThrow();
        var target = Files.createTempFile("client-media", ".pdf");
        var onDisk = client.downloadMedia(connection, media, target).orElseThrow();
        var deleted = client.deleteMedia(connection, id).orElseThrow();
        var gone = client.getMedia(connection, id);

        assertThat(media.mimeType()).isEqualTo("application/pdf");
        assertThat(media.fileSize()).isEqualTo(bytes.length);
        assertThat(media.sha256()).isNotBlank();
        assertThat(downloaded).isEqualTo(bytes);
        assertThat(Files.readAllBytes(onDisk)).isEqualTo(bytes);
        assertThat(deleted).isTrue();
        assertThat(gone).isInstanceOfSatisfying(GraphResult.Failed.class, f -> {
            assertThat(f.error().code()).isEqualTo(100);
            assertThat(f.errorClass()).isEqualTo(ErrorClass.PERMANENT);
        });
        Files.deleteIfExists(onDisk);
    }

    @Test
    void readsPhoneNumberDetails() {
        var details = client.phoneNumber(connection).orElseThrow();

        assertThat(details.id()).isEqualTo(connection.phoneNumberId());
        assertThat(details.verifiedName()).isEqualTo("Client Test Shop");
        assertThat(details.displayPhoneNumber()).startsWith("+1 555 ");
        assertThat(details.qualityRating()).isEqualTo("GREEN");
        assertThat(details.throughputLevel()).isEqualTo("HIGH");
        assertThat(details.messagingLimit()).startsWith("TIER_");
    }

    @Test
    void marksInboundMessagesReadWithTypingIndicator() {
        var customer = newCustomer();
        var inbound = sandbox.customerWrites(connection, customer);

        assertThat(client.markAsRead(connection, inbound, true)).isEqualTo(new GraphResult.Ok<>(true));
        assertThat(client.markAsRead(connection, "wamid.unknown", false))
                .isInstanceOfSatisfying(
                        GraphResult.Failed.class,
                        f -> assertThat(f.errorClass()).isEqualTo(ErrorClass.PERMANENT));
    }

    private static WebhookSink sink() {
        try {
            return new WebhookSink(VERIFY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
