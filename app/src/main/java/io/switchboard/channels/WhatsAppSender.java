package io.switchboard.channels;

import io.switchboard.channels.internal.ChannelStore;
import io.switchboard.channels.internal.GraphApi;
import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.Connection;
import io.switchboard.channels.whatsapp.client.SendRequest;
import io.switchboard.channels.whatsapp.client.SendResult;
import io.switchboard.workspace.WorkspaceId;
import java.net.URI;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one message from a channel: resolves its Graph address and decrypted token here, so the token
 * never leaves this module, and calls the {@link CloudApiClient}. Makes one HTTP call and never retries;
 * the caller (messaging's outbox dispatcher) owns pacing, retries and bookkeeping.
 */
@Service
public class WhatsAppSender {
    private final ChannelStore channels;
    private final GraphApi graph;
    private final CloudApiClient client;
    private final TransactionTemplate transactions;

    WhatsAppSender(ChannelStore channels, GraphApi graph, CloudApiClient client, TransactionTemplate transactions) {
        this.channels = channels;
        this.graph = graph;
        this.client = client;
        this.transactions = transactions;
    }

    /**
     * Sends {@code request} outside any transaction (the HTTP call must not hold a database connection).
     *
     * @throws ChannelException NOT_FOUND if the channel is not in this workspace
     */
    public SendResult send(WorkspaceId workspace, ChannelId channel, SendRequest request) {
        var creds = transactions.execute(
                s -> channels.credentials(workspace, channel).orElse(null));
        if (creds == null) {
            throw ChannelException.notFound();
        }
        // GraphApi resolves the base (sandbox, per-channel override, installation default) and version the
        // same way for reads, so sends and connection tests always talk to the same Graph host:
        // node(…, "") is "<base>/<version>/".
        var root = graph.node(creds, "").toString();
        var baseAndVersion = root.substring(0, root.length() - 1);
        var cut = baseAndVersion.lastIndexOf('/');
        var connection = new Connection(
                URI.create(baseAndVersion.substring(0, cut)),
                baseAndVersion.substring(cut + 1),
                creds.phoneNumberId(),
                null,
                creds.accessToken());
        return client.send(connection, request);
    }
}
