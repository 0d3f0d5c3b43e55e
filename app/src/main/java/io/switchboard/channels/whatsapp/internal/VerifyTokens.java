package io.switchboard.channels.whatsapp.internal;

import io.switchboard.channels.internal.ChannelStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks a webhook subscription's verify token against every usable channel (a rare call: read fresh). */
@Component
public class VerifyTokens {
    private final ChannelStore channels;

    VerifyTokens(ChannelStore channels) {
        this.channels = channels;
    }

    @Transactional(readOnly = true)
    public boolean known(String token) {
        var offered = token.getBytes(StandardCharsets.UTF_8);
        var found = false;
        for (var channel : channels.usableCredentials()) {
            found |=
                    MessageDigest.isEqual(offered, channel.verifyToken().value().getBytes(StandardCharsets.UTF_8));
        }
        return found;
    }
}
