package io.switchboard.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@code loginMaxFailures} wrong passwords for one account, or
 * {@code loginMaxFailuresPerAddress} from one client address, within the window, sign-in is refused
 * until the oldest failure leaves the window. Counted in the database so every node agrees.
 */
@Component
class LoginThrottle {
    private final LoginFailureStore failures;
    private final Clock clock;
    private final WorkspaceSettings settings;

    LoginThrottle(LoginFailureStore failures, Clock clock, WorkspaceSettings settings) {
        this.failures = failures;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long the caller must wait, if either the account or the address is over its limit. */
    @Transactional(readOnly = true)
    Optional<Duration> blockedFor(String email, String address) {
        var now = clock.instant();
        var since = now.minus(settings.loginFailureWindow());
        return wait(accountKey(email), settings.loginMaxFailures(), since, now)
                .or(() -> wait(addressKey(address), settings.loginMaxFailuresPerAddress(), since, now));
    }

    @Transactional
    void failed(String email, String address) {
        var now = clock.instant();
        failures.record(accountKey(email), now);
        failures.record(addressKey(address), now);
    }

    @Transactional
    void succeeded(String email) {
        failures.clear(accountKey(email));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    void purge() {
        failures.purge(clock.instant().minus(settings.loginFailureWindow()));
    }

    private Optional<Duration> wait(String key, int max, Instant since, Instant now) {
        if (failures.countSince(key, since) < max) {
            return Optional.empty();
        }
        var freed = failures.oldestSince(key, since).plus(settings.loginFailureWindow());
        return Optional.of(Duration.between(now, freed));
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
