package io.switchboard.channels;

import io.switchboard.channels.internal.ChannelStore;
import io.switchboard.channels.internal.GraphConnections;
import io.switchboard.channels.whatsapp.client.CloudApiClient;
import io.switchboard.channels.whatsapp.client.Connection;
import io.switchboard.channels.whatsapp.client.GraphResult;
import io.switchboard.channels.whatsapp.client.MediaUpload;
import io.switchboard.channels.whatsapp.client.SendRequest;
import io.switchboard.channels.whatsapp.client.SendResult;
import io.switchboard.workspace.WorkspaceId;
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
    private final GraphConnections connections;
    private final CloudApiClient client;
    private final TransactionTemplate transactions;

    WhatsAppSender(
            ChannelStore channels,
            GraphConnections connections,
            CloudApiClient client,
            TransactionTemplate transactions) {
        this.channels = channels;
        this.connections = connections;
        this.client = client;
        this.transactions = transactions;
    }

    /**
     * Sends {@code request} outside any transaction (the HTTP call must not hold a database connection).
     *
     * @throws ChannelException NOT_FOUND if the channel is not in this workspace
     */
    public SendResult send(WorkspaceId workspace, ChannelId channel, SendRequest request) {
        return client.send(connection(workspace, channel), request);
    }

    /**
     * The channel's Graph address and token resolved once, for sends that leave together (the dispatcher's
     * claimed batch): one credentials read for the batch instead of one per message.
     *
     * @throws ChannelException NOT_FOUND if the channel is not in this workspace
     */
    public Resolved resolve(WorkspaceId workspace, ChannelId channel) {
        return new Resolved(client, connection(workspace, channel));
    }

    /** A channel's connection, to send several messages with; its token stays inside. */
    public static final class Resolved {
        private final CloudApiClient client;
        private final Connection connection;

        private Resolved(CloudApiClient client, Connection connection) {
            this.client = client;
            this.connection = connection;
        }

        /** As {@link WhatsAppSender#send}: one HTTP call, outside any transaction, never retried. */
        public SendResult send(SendRequest request) {
            return client.send(connection, request);
        }

        @Override
        public String toString() {
            return "Resolved[****]";
        }
    }

    /**
     * Uploads a file to the channel's number for a later media message (the id is valid 30 days); outside
     * any transaction.
     *
     * @return the media id
     * @throws ChannelException NOT_FOUND for a channel of another workspace, INVALID with Meta's message
     *     when the provider refuses the file (size, type)
     */
    public String uploadMedia(
            WorkspaceId workspace, ChannelId channel, String filename, String mimeType, byte[] bytes) {
        var result = client.uploadMedia(connection(workspace, channel), MediaUpload.of(filename, mimeType, bytes));
        return switch (result) {
            case GraphResult.Ok<String> ok -> ok.value();
            case GraphResult.Failed<String> failed ->
                throw ChannelException.invalid(
                        "The file was not accepted: " + failed.error().message()
                                + (failed.error().code() == null
                                        ? ""
                                        : " (" + failed.error().code() + ")"));
        };
    }

    private Connection connection(WorkspaceId workspace, ChannelId channel) {
        var creds = transactions.execute(
                s -> channels.credentials(workspace, channel).orElse(null));
        if (creds == null) {
            throw ChannelException.notFound();
        }
        // The same resolution (sandbox, per-channel override, configured default) as the connection test and
        // media downloads, so sends and reads always talk to the same Graph host.
        return connections.of(creds);
    }
}
