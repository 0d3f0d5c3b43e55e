package io.switchboard.channels.internal;

import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelStatus;
import io.switchboard.channels.ConnectionCheck;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /{phone-number-id}} with the channel's token: proves the token and refreshes what Meta says. */
@Component
public class ConnectionTester {
    static final String FIELDS = "display_phone_number,verified_name,quality_rating,messaging_limit_tier,throughput";
    private final ChannelStore channels;
    private final GraphApi graph;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConnectionTester(ChannelStore channels, GraphApi graph, TransactionTemplate transactions, Clock clock) {
        this.channels = channels;
        this.graph = graph;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ConnectionCheck test(WorkspaceId workspace, ChannelId id) {
        var channel =
                transactions.execute(s -> channels.credentials(workspace, id).orElse(null));
        var current = transactions.execute(s -> channels.find(workspace, id).orElse(null));
        if (channel == null || current == null) {
            throw ChannelException.notFound();
        }
        // The HTTP call runs outside a transaction; only the outcome is written.
        var answer = graph.getJson(graph.node(channel, channel.phoneNumberId() + "?fields=" + FIELDS), channel);
        var body = answer.body();
        if (answer.status() == 200) {
            var throughput = body.get("throughput");
            var check = new ConnectionCheck(
                    true,
                    200,
                    null,
                    "The Graph API accepted the token and knows this number.",
                    GraphApi.text(body, "verified_name"),
                    GraphApi.text(body, "quality_rating"),
                    GraphApi.text(body, "messaging_limit_tier"));
            transactions.executeWithoutResult(s -> {
                channels.graphFacts(
                        workspace,
                        id,
                        check.verifiedName(),
                        check.qualityRating(),
                        check.messagingLimitTier(),
                        throughput == null ? null : GraphApi.text(throughput, "level"),
                        clock.instant());
                if (current.status() == ChannelStatus.BROKEN_CREDENTIALS) {
                    channels.status(workspace, id, ChannelStatus.ACTIVE, clock.instant());
                }
            });
            return check;
        }
        var code = errorCode(body);
        if (answer.status() == 401 || code != null && code == 190) {
            if (current.status() == ChannelStatus.ACTIVE) {
                transactions.executeWithoutResult(
                        s -> channels.status(workspace, id, ChannelStatus.BROKEN_CREDENTIALS, clock.instant()));
            }
            return new ConnectionCheck(
                    false,
                    answer.status(),
                    code,
                    "The Graph API refused the access token: enter a valid one.",
                    null,
                    null,
                    null);
        }
        if (answer.status() == 0) {
            return new ConnectionCheck(
                    false,
                    0,
                    null,
                    "The Graph API could not be reached: check the URL and the network.",
                    null,
                    null,
                    null);
        }
        var error = body.get("error");
        var message = error == null ? null : GraphApi.text(error, "message");
        return new ConnectionCheck(
                false,
                answer.status(),
                code,
                "The Graph API answered " + answer.status() + (message == null ? "." : ": " + message),
                null,
                null,
                null);
    }

    private static @Nullable Integer errorCode(JsonNode body) {
        var error = body.get("error");
        var code = error == null ? null : GraphApi.text(error, "code");
        try {
            return code == null ? null : Integer.valueOf(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
