package io.switchboard.channels.internal;

import io.switchboard.Secret;
import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelException;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Checks and trims what users type for a channel; messages are sentences a user can act on. */
public final class ChannelValidation {
    private ChannelValidation() {}

    public static ChannelDetails forCreate(ChannelDetails d) {
        var clean = forUpdate(d);
        if (clean.accessToken() == null || clean.appSecret() == null || clean.verifyToken() == null) {
            throw ChannelException.invalid("A new number needs its access token, app secret and verify token.");
        }
        return clean;
    }

    public static ChannelDetails forUpdate(ChannelDetails d) {
        var phone = required(d.phoneNumberId(), "phone number id", 64);
        var waba = required(d.wabaId(), "WhatsApp Business Account id", 64);
        var display = required(d.displayPhoneNumber(), "display phone number", 32);
        var name = d.name() == null || d.name().isBlank() ? display : required(d.name(), "name", 200);
        var base = optional(d.graphBaseUrl(), 500);
        if (base != null) {
            try {
                var uri = URI.create(base);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ChannelException.invalid(
                        "The Graph API URL must be an http(s) URL, like https://graph.facebook.com.");
            }
        }
        var version = optional(d.graphVersion(), 16);
        if (version != null && !version.matches("v\\d+\\.\\d+")) {
            throw ChannelException.invalid("The Graph API version looks like v23.0.");
        }
        return new ChannelDetails(
                name,
                phone,
                waba,
                display,
                optional(d.verifiedName(), 200),
                base,
                version,
                secret(d.accessToken()),
                secret(d.appSecret()),
                secret(d.verifyToken()));
    }

    private static String required(@Nullable String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw ChannelException.invalid("The " + what + " is required.");
        }
        if (value.trim().length() > max) {
            throw ChannelException.invalid("The " + what + " is longer than " + max + " characters.");
        }
        return value.trim();
    }

    private static @Nullable String optional(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw ChannelException.invalid("A value is longer than " + max + " characters.");
        }
        return value.trim();
    }

    private static @Nullable Secret secret(@Nullable Secret value) {
        return value == null || value.isBlank()
                ? null
                : new Secret(value.value().trim());
    }
}
