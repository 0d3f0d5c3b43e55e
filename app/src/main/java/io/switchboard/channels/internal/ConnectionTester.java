package io.switchboard.channels.internal;

import io.switchboard.channels.ChannelException;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelStatus;
import io.switchboard.channels.ConnectionCheck;
import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.GraphError;
import io.switchboard.channels.whatsapp.client.GraphResult;
import io.switchboard.channels.whatsapp.client.PhoneNumberDetails;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code GET /{phone-number-id}} with the channel's token: proves the token and refreshes what Meta says. */
@Component
public class ConnectionTester {
    private final ChannelStore channels;
    private final CloudApiClient client;
    private final GraphConnections connections;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConnectionTester(
            ChannelStore channels,
            CloudApiClient client,
            GraphConnections connections,
            TransactionTemplate transactions,
            Clock clock) {
        this.channels = channels;
        this.client = client;
        this.connections = connections;
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
        var answer = client.phoneNumber(connections.of(channel));
        if (answer instanceof GraphResult.Ok<PhoneNumberDetails>(var number)) {
            var check = new ConnectionCheck(
                    true,
                    200,
                    null,
                    "The Graph API accepted the token and knows this number.",
                    number.verifiedName(),
                    number.qualityRating(),
                    number.messagingLimit());
            transactions.executeWithoutResult(s -> {
                channels.graphFacts(
                        workspace,
                        id,
                        check.verifiedName(),
                        check.qualityRating(),
                        check.messagingLimitTier(),
                        number.throughputLevel(),
                        clock.instant());
                if (current.status() == ChannelStatus.BROKEN_CREDENTIALS) {
                    channels.status(workspace, id, ChannelStatus.ACTIVE, clock.instant());
                }
            });
            return check;
        }
        var error = ((GraphResult.Failed<PhoneNumberDetails>) answer).error();
        var code = error.code();
        if (error.httpStatus() == 401 || code != null && code == 190) {
            if (current.status() == ChannelStatus.ACTIVE) {
                transactions.executeWithoutResult(
                        s -> channels.status(workspace, id, ChannelStatus.BROKEN_CREDENTIALS, clock.instant()));
            }
            return failure(error, "The Graph API refused the access token: enter a valid one.");
        }
        if (error.httpStatus() == 0) {
            return failure(error, "The Graph API could not be reached: check the URL and the network.");
        }
        return failure(error, "The Graph API answered " + error.httpStatus() + ": " + error.message());
    }

    private static ConnectionCheck failure(GraphError error, String message) {
        return new ConnectionCheck(false, error.httpStatus(), error.code(), message, null, null, null);
    }
}
