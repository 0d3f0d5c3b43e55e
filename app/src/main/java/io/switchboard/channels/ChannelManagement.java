package io.switchboard.channels;

import io.switchboard.channels.internal.ChannelStore;
import io.switchboard.channels.internal.ChannelValidation;
import io.switchboard.channels.internal.ConnectionTester;
import io.switchboard.channels.whatsapp.internal.SigningKeys;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The WhatsApp numbers of a workspace: connect, edit, test against the Graph API, disable. Secrets go in
 * and are stored encrypted; nothing here returns them. Every method is scoped to one workspace.
 */
@Service
public class ChannelManagement {
    private final ChannelStore channels;
    private final ConnectionTester tester;
    private final SigningKeys keys;
    private final Clock clock;

    ChannelManagement(ChannelStore channels, ConnectionTester tester, SigningKeys keys, Clock clock) {
        this.channels = channels;
        this.tester = tester;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WhatsAppChannel> channels(WorkspaceId workspace) {
        return channels.list(workspace);
    }

    /** @throws ChannelException NOT_FOUND if the channel is not in this workspace */
    @Transactional(readOnly = true)
    public WhatsAppChannel channel(WorkspaceId workspace, ChannelId id) {
        return channels.find(workspace, id).orElseThrow(ChannelException::notFound);
    }

    /**
     * Connects a number; all three secrets are required.
     *
     * @throws ChannelException INVALID for a missing field, CONFLICT if the number is already connected here
     */
    @Transactional
    public WhatsAppChannel create(WorkspaceId workspace, ChannelDetails details) {
        var clean = ChannelValidation.forCreate(details);
        var id = ChannelId.random();
        try {
            channels.insert(workspace, id, clean, false, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ChannelException(
                    ChannelException.Kind.CONFLICT,
                    "channel-exists",
                    "This phone number id is already connected in this workspace.");
        }
        secretsChanged();
        return channel(workspace, id);
    }

    /** Edits a number; a {@code null} or blank secret keeps the stored one. */
    @Transactional
    public WhatsAppChannel update(WorkspaceId workspace, ChannelId id, ChannelDetails details) {
        channel(workspace, id);
        try {
            channels.update(workspace, id, ChannelValidation.forUpdate(details), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ChannelException(
                    ChannelException.Kind.CONFLICT,
                    "channel-exists",
                    "This phone number id is already connected in this workspace.");
        }
        secretsChanged();
        return channel(workspace, id);
    }

    /** Disables the number: its webhooks are refused from now on. Idempotent. */
    @Transactional
    public WhatsAppChannel disable(WorkspaceId workspace, ChannelId id) {
        channel(workspace, id);
        channels.status(workspace, id, ChannelStatus.DISABLED, clock.instant());
        secretsChanged();
        return channel(workspace, id);
    }

    /** Re-enables a disabled number. */
    @Transactional
    public WhatsAppChannel enable(WorkspaceId workspace, ChannelId id) {
        channel(workspace, id);
        channels.status(workspace, id, ChannelStatus.ACTIVE, clock.instant());
        secretsChanged();
        return channel(workspace, id);
    }

    /**
     * Reads the number from the Graph API with its token and stores what it learns (verified name,
     * quality, tier); a refused token marks the channel BROKEN_CREDENTIALS, a working one ACTIVE again.
     */
    public ConnectionCheck test(WorkspaceId workspace, ChannelId id) {
        return tester.test(workspace, id);
    }

    private void secretsChanged() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.invalidate();
            }
        });
    }
}
