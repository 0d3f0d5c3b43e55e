package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.whatsapp.client.OutboundMessage.Text;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sendWithRetry against the fake Graph: retries what is retryable, as often as the policy allows, nothing else. */
class CloudApiRetryTests {
    private static final SendRequest HELLO = SendRequest.to("+16505551234", Text.of("Hello"));
    private static final String SERVER_ERROR = """
            {"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000,"fbtrace_id":"a"}}""";
    private static final String UNDELIVERABLE = """
            {"error":{"message":"(#131026) Message undeliverable","type":"OAuthException","code":131026,"fbtrace_id":"b"}}""";

    private final FakeGraph graph = new FakeGraph();
    private final CloudApiClient client = new CloudApiClient(CloudApiClientTests.SETTINGS);
    private final List<Duration> waits = new ArrayList<>();
    private final RetryPolicy fast =
            new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(50), 0, Duration.ofMillis(1));

    CloudApiRetryTests() throws IOException {}

    @AfterEach
    void stop() {
        graph.close();
    }

    private SendResult sendWithRetry(RetryPolicy policy) {
        return Retrying.run(() -> client.send(graph.connection(), HELLO), policy, waits::add);
    }

    @Test
    void retriesServerErrorsUntilAccepted() {
        graph.answerBytes(503, "text/plain", new byte[0])
                .answer(500, SERVER_ERROR)
                .answerFixture(200, "send-message.response.json");

        var result = sendWithRetry(fast);

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(graph.received()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Test
    void backsOffOnThroughputLimit() {
        graph.answerFixture(400, "error-130429-rate-limit.response.json")
                .answerFixture(400, "error-130429-rate-limit.response.json")
                .answerFixture(200, "send-message.response.json");

        assertThat(sendWithRetry(fast)).isInstanceOf(SendResult.Accepted.class);
        assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Test
    void pairRateLimitWaitsFourToTheN() {
        var pairRate = """
                {"error":{"message":"(#131056) Pair rate limit hit","type":"OAuthException","code":131056}}""";
        graph.answer(400, pairRate)
                .answer(400, pairRate)
                .answer(400, pairRate)
                .answerFixture(200, "send-message.response.json");

        assertThat(sendWithRetry(fast)).isInstanceOf(SendResult.Accepted.class);
        assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofMillis(16));
    }

    @Test
    void neverRetriesPermanentErrors() {
        graph.answer(400, UNDELIVERABLE).answerFixture(200, "send-message.response.json");

        var result = sendWithRetry(fast);

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Failed.class, f -> assertThat(f.errorClass()).isEqualTo(ErrorClass.PERMANENT));
        assertThat(graph.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void stopsAfterMaxAttemptsWithTheLastFailure() {
        for (int i = 0; i < 5; i++) {
            graph.answer(500, SERVER_ERROR);
        }

        var result = sendWithRetry(fast);

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(graph.received()).hasSize(4);
    }

    @Test
    void publicSendWithRetrySleepsForReal() {
        graph.answer(500, SERVER_ERROR).answerFixture(200, "send-message.response.json");

        assertThat(client.sendWithRetry(graph.connection(), HELLO, fast)).isInstanceOf(SendResult.Accepted.class);
        assertThat(graph.received()).hasSize(2);
    }
}
