package io.switchboard.inbox.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Inbox defaults.
 *
 * @param defaultCapacity open conversations an agent takes by automatic assignment until set otherwise
 *     ({@code SWITCHBOARD_INBOX_DEFAULT_CAPACITY})
 * @param presenceTimeout how long after the last heartbeat an agent still counts as online
 *     ({@code SWITCHBOARD_INBOX_PRESENCE_TIMEOUT}); browsers beat every {@code heartbeat}
 * @param heartbeat the interval of SSE heartbeats ({@code SWITCHBOARD_INBOX_HEARTBEAT})
 * @param reopenWithin a customer's message reopens a conversation resolved this recently; after that it
 *     starts a new one ({@code SWITCHBOARD_INBOX_REOPEN_WITHIN})
 */
@ConfigurationProperties("switchboard.inbox")
@Validated
record InboxSettings(
        @DefaultValue("10") @Min(1) int defaultCapacity,
        @DefaultValue("60s") @NotNull Duration presenceTimeout,
        @DefaultValue("20s") @NotNull Duration heartbeat,
        @DefaultValue("7d") @NotNull Duration reopenWithin) {}
