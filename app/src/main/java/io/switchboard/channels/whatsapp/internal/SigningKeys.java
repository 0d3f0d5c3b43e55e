package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.ChannelCredentials;
import io.switchboard.channels.internal.ChannelStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds which app secret signed a webhook body without parsing it: an installation has few distinct app
 * secrets (one per Meta app), so each is tried in turn. Decrypted secrets are cached in memory; a change
 * on this node clears the cache, a change on another node is seen at the next miss (reloaded at most
 * once a second so that a flood of forged requests cannot turn into a flood of queries).
 */
@Component
public class SigningKeys {
    private static final long RELOAD_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final ChannelStore channels;
    private final ChannelRoutes routes;
    private volatile @Nullable List<ChannelCredentials> cache;
    private volatile long loadedAt;

    SigningKeys(ChannelStore channels, ChannelRoutes routes) {
        this.channels = channels;
        this.routes = routes;
    }

    /** Forgets the cached secrets and routes; call after a channel's secrets, numbers or status changed. */
    public void invalidate() {
        cache = null;
        routes.invalidate();
    }

    /** The channel whose app secret produced {@code header} ({@code sha256=<hex>}) over {@code body}. */
    public Optional<ChannelCredentials> match(byte[] body, @Nullable String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return Optional.empty();
        }
        byte[] expected;
        try {
            expected =
                    HexFormat.of().parseHex(header.substring("sha256=".length()).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var found = match(body, expected, candidates());
        if (found.isEmpty() && System.nanoTime() - loadedAt > RELOAD_GAP_NANOS) {
            found = match(body, expected, reload());
        }
        return found;
    }

    private static Optional<ChannelCredentials> match(
            byte[] body, byte[] expected, List<ChannelCredentials> candidates) {
        var tried = new LinkedHashMap<String, Boolean>();
        for (var candidate : candidates) {
            var secret = candidate.appSecret().value();
            if (tried.putIfAbsent(secret, Boolean.TRUE) != null) {
                continue;
            }
            // Constant-time comparison: timing must not reveal how many leading bytes were right.
            if (MessageDigest.isEqual(expected, hmac(secret, body))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private List<ChannelCredentials> candidates() {
        var current = cache;
        return current != null ? current : reload();
    }

    private synchronized List<ChannelCredentials> reload() {
        var fresh = channels.usableCredentials();
        cache = fresh;
        loadedAt = System.nanoTime();
        return fresh;
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
