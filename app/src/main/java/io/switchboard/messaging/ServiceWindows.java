package io.switchboard.messaging;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.internal.WindowStore;
import io.switchboard.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer service window (reference §9): 24 hours from the contact's last message to that business
 * number, by Meta's timestamp. Inside it any message may be sent; outside only approved templates.
 */
@Service
public class ServiceWindows {
    /** Meta's window length. */
    public static final Duration LENGTH = Duration.ofHours(24);

    private final WindowStore windows;

    ServiceWindows(WindowStore windows) {
        this.windows = windows;
    }

    /** When the window closes (or closed); empty if the contact never wrote to this number. */
    @Transactional(readOnly = true)
    public Optional<Instant> expiresAt(WorkspaceId workspace, ContactId contact, ChannelId channel) {
        return windows.lastInbound(workspace, contact, channel).map(last -> last.plus(LENGTH));
    }

    /** Whether a free-form message may be sent at {@code at}. */
    @Transactional(readOnly = true)
    public boolean isOpen(WorkspaceId workspace, ContactId contact, ChannelId channel, Instant at) {
        return expiresAt(workspace, contact, channel).map(at::isBefore).orElse(false);
    }
}
