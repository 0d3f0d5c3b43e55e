package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client over real HTTP against a fake Graph API answering Meta's published bodies. */
class CloudApiClientTests {
    static final GraphApiSettings SETTINGS = new GraphApiSettings(
            URI.create("https://graph.facebook.com"), "v23.0", Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static final SendRequest HELLO = SendRequest.to("+16505551234", Text.of("Hello"));

    private final FakeGraph graph = new FakeGraph();
    private final CloudApiClient client = new CloudApiClient(SETTINGS);

    CloudApiClientTests() throws IOException {}

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void sendsWithBearerTokenToVersionedNodeAndReadsTheWamid() {
        graph.answerFixture(200, "send-message.response.json");

        var result = client.send(graph.connection(), HELLO.withCallbackData("outbox-1"));

        assertThat(result)
                .isEqualTo(new SendResult.Accepted(
                        "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA",
                        "16505551234",
                        "+16505551234",
                        null));
        var request = graph.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/graph/v23.0/106540352242922/messages");
        assertThat(request.authorization()).isEqualTo("Bearer EAAtest-token");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(Fixtures.MAPPER
                        .readTree(request.bodyText())
                        .path("biz_opaque_callback_data")
                        .asString())
                .isEqualTo("outbox-1");
    }

    @Test
    void readsTheTemplateMessageStatus() {
        graph.answerFixture(200, "send-template-accepted.response.json");

        var result =
                client.send(graph.connection(), SendRequest.to("919618863286", Template.of("hello_world", "en_US")));

        assertThat(result).isInstanceOfSatisfying(SendResult.Accepted.class, a -> {
            assertThat(a.messageStatus()).isEqualTo("accepted");
            assertThat(a.waId()).isEqualTo("919618863286");
        });
    }

    @Test
    void readsMetasErrorEnvelope() {
        graph.answerFixture(400, "error-130429-rate-limit.response.json");

        var result = client.send(graph.connection(), HELLO);

        assertThat(result)
                .isEqualTo(new SendResult.Failed(
                        new GraphError(
                                400,
                                130429,
                                2494055,
                                "OAuthException",
                                "(#130429) Rate limit hit",
                                "Cloud API message throughput has been reached.",
                                "Az8or2yhqkZfEZ-_4Qn_Bam"),
                        ErrorClass.RETRYABLE));
    }

    @Test
    void readsErrorsWithoutSubcodeOrErrorData() {
        graph.answerFixture(400, "error-100-invalid-parameter.response.json")
                .answerFixture(400, "error-100-graph-object-not-found.response.json");

        var invalid = (SendResult.Failed) client.send(graph.connection(), HELLO);
        var notFound = (SendResult.Failed) client.send(graph.connection(), HELLO);

        assertThat(invalid.error().subcode()).isNull();
        assertThat(invalid.error().details()).isEqualTo("Message must be a template message.");
        assertThat(invalid.errorClass()).isEqualTo(ErrorClass.PERMANENT);
        assertThat(notFound.error().subcode()).isEqualTo(33);
        assertThat(notFound.error().details()).isNull();
        assertThat(notFound.errorClass()).isEqualTo(ErrorClass.PERMANENT);
    }

    @Test
    void serverErrorWithoutBodyIsRetryable() {
        graph.answerBytes(502, "text/html", "<html>Bad gateway</html>".getBytes());

        var result = (SendResult.Failed) client.send(graph.connection(), HELLO);

        assertThat(result.error().httpStatus()).isEqualTo(502);
        assertThat(result.error().code()).isNull();
        assertThat(result.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
    }

    @Test
    void unreachableGraphIsRetryableWithoutCode() {
        var closed = graph.connection();
        graph.close();

        var result = (SendResult.Failed) client.send(closed, HELLO);

        assertThat(result.error().httpStatus()).isZero();
        assertThat(result.error().code()).isNull();
        assertThat(result.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
    }

    @Test
    void readTimeoutIsRetryable() {
        var impatient = new CloudApiClient(
                new GraphApiSettings(SETTINGS.graphUrl(), "v23.0", Duration.ofSeconds(2), Duration.ofMillis(300)));
        graph.stall();

        var result = (SendResult.Failed) impatient.send(graph.connection(), HELLO);

        assertThat(result.error().httpStatus()).isZero();
        assertThat(result.errorClass()).isEqualTo(ErrorClass.RETRYABLE);
    }

    @Test
    void twoHundredWithoutWamidIsNotRetried() {
        graph.answer(200, "{\"messaging_product\":\"whatsapp\"}");

        var result = (SendResult.Failed) client.send(graph.connection(), HELLO);

        // Meta may have taken the message: a retry could deliver it twice.
        assertThat(result.errorClass()).isEqualTo(ErrorClass.PERMANENT);
    }

    @Test
    void invalidMessageNeverReachesMeta() {
        var result = client.send(graph.connection(), SendRequest.to("+1", Text.of("")));

        assertThat(result).isInstanceOf(SendResult.Invalid.class);
        assertThat(graph.received()).isEmpty();
    }

    @Test
    void tokenNeverAppearsInResultsOrConnections() {
        graph.answerFixture(400, "error-100-invalid-parameter.response.json");

        var result = client.send(graph.connection(), HELLO);

        assertThat(result.toString()).doesNotContain("EAAtest-token");
        assertThat(graph.connection().toString()).doesNotContain("EAAtest-token");
    }

    @Test
    void marksAsReadWithTypingIndicator() {
        graph.answerFixture(200, "mark-as-read.response.json");

        var result = client.markAsRead(
                graph.connection(), "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA", true);

        assertThat(result).isEqualTo(new GraphResult.Ok<>(true));
        assertThat(Fixtures.MAPPER.readTree(graph.last().bodyText()))
                .isEqualTo(Fixtures.json("mark-as-read-typing-indicator.request.json"));
    }

    @Test
    void readsPhoneNumberDetails() {
        graph.answer(200, """
                {"display_phone_number":"+1 555-0100","verified_name":"Lucky Shrub","quality_rating":"GREEN",
                 "throughput":{"level":"STANDARD"},"whatsapp_business_manager_messaging_limit":"TIER_250",
                 "id":"106540352242922"}""");

        var details = client.phoneNumber(graph.connection()).orElseThrow();

        assertThat(details)
                .isEqualTo(new PhoneNumberDetails(
                        "106540352242922", "+1 555-0100", "Lucky Shrub", "GREEN", "STANDARD", "TIER_250"));
        assertThat(graph.last().path()).isEqualTo("/graph/v23.0/106540352242922");
        assertThat(graph.last().query())
                .isEqualTo("fields=display_phone_number,verified_name,quality_rating,"
                        + "throughput,whatsapp_business_manager_messaging_limit");
    }

    @Test
    void readsMessagingLimitAlone() {
        graph.answerFixture(200, "get-messaging-limit.response.json");

        var details = client.phoneNumber(graph.connection()).orElseThrow();

        assertThat(details.messagingLimit()).isEqualTo("TIER_250");
        assertThat(details.qualityRating()).isNull();
    }

    @Test
    void phoneNumberLookupFailureCarriesTheClass() {
        graph.answer(401, """
                {"error":{"message":"Error validating access token","type":"OAuthException","code":190,"fbtrace_id":"x"}}""");

        var result = client.phoneNumber(graph.connection());

        assertThat(result)
                .isInstanceOfSatisfying(
                        GraphResult.Failed.class,
                        f -> assertThat(f.errorClass()).isEqualTo(ErrorClass.CHANNEL_DISABLING));
    }

    @Test
    void masksPhoneNumbersForLogs() {
        assertThat(CloudApiClient.masked("+1 (650) 555-1234")).isEqualTo("…1234");
        assertThat(CloudApiClient.masked("123")).isEqualTo("****");
    }
}
