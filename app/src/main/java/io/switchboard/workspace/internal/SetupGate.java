package io.switchboard.workspace.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Guards the one-time setup page: until the first owner exists, only someone who can read the server
 * console (where the token is printed) may create it.
 */
@Component
public class SetupGate {
    private volatile @Nullable String token;

    public void open(String token) {
        this.token = token;
    }

    void close() {
        this.token = null;
    }

    public boolean isOpen() {
        return token != null;
    }

    public boolean accepts(@Nullable String candidate) {
        var expected = token;
        return expected != null
                && candidate != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
