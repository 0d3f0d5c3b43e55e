package io.switchboard.inbox.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Who counts as online, by the configured heartbeat timeout; shared by the API and automatic assignment. */
@Component
public class PresencePolicy {
    private final InboxSettings settings;

    PresencePolicy(InboxSettings settings) {
        this.settings = settings;
    }

    public boolean online(AgentStore.AgentRow agent, Instant now) {
        return AssignmentPolicy.online(agent, now, settings.presenceTimeout());
    }

    public int defaultCapacity() {
        return settings.defaultCapacity();
    }
}
