package io.switchboard.workspace.internal;

import io.switchboard.workspace.ApiKey;
import io.switchboard.workspace.ApiKeyId;
import io.switchboard.workspace.CreatedApiKey;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserId;
import io.switchboard.workspace.WorkspaceException;
import io.switchboard.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Makes API key secrets and turns a presented secret back into its workspace. */
@Component
public class ApiKeySecrets {
    /** Secrets look like {@code sb_} + 40 base-62 characters, so scanners can recognise a leaked one. */
    static final String PREFIX = "sb_";

    static final int MIN_BOOTSTRAP_LENGTH = 24;
    // Writing last_used_at on every call would turn each API read into a write; a minute is precise enough.
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiKeyStore keys;
    private final Clock clock;

    ApiKeySecrets(ApiKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @param secret a given secret (the bootstrap key), or {@code null} for a random one */
    public CreatedApiKey create(WorkspaceId workspace, String name, @Nullable String secret, @Nullable UserId by) {
        if (secret != null && secret.length() < MIN_BOOTSTRAP_LENGTH) {
            throw new WorkspaceException(
                    WorkspaceException.Kind.INVALID,
                    "weak-api-key",
                    "An API key needs at least " + MIN_BOOTSTRAP_LENGTH + " characters.");
        }
        var value = secret != null ? secret : PREFIX + Tokens.random(40);
        var prefix = value.substring(0, Math.min(value.length(), 10));
        var key = new ApiKey(ApiKeyId.random(), name, prefix, clock.instant(), null, null);
        keys.insert(workspace, key, Tokens.sha256(value), by);
        return new CreatedApiKey(key, value);
    }

    /** The principal of an active key with this secret, or empty if it is unknown or revoked. */
    @Transactional
    public Optional<SwitchboardPrincipal> authenticate(String secret) {
        var match = keys.byHash(Tokens.sha256(secret));
        match.ifPresent(m -> {
            var now = clock.instant();
            var last = m.key().lastUsedAt();
            if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
                keys.touch(m.workspaceId(), m.key().id(), now);
            }
        });
        return match.map(m -> SwitchboardPrincipal.apiKey(
                m.workspaceId(), m.key().id(), m.key().name()));
    }
}
