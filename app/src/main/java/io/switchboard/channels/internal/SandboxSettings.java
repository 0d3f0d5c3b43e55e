package io.switchboard.channels.internal;

import io.switchboard.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox number wired to the first workspace ({@code SWITCHBOARD_SANDBOX_ENABLED},
 * {@code SWITCHBOARD_SANDBOX_APP_SECRET}, {@code SWITCHBOARD_SANDBOX_VERIFY_TOKEN},
 * {@code SWITCHBOARD_SANDBOX_ACCESS_TOKEN}); unset secrets are generated and stored encrypted.
 */
@Validated
@ConfigurationProperties("switchboard.sandbox")
record SandboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue DefaultNumber defaultNumber,
        @Nullable Secret appSecret,
        @Nullable Secret verifyToken,
        @Nullable Secret accessToken) {

    /**
     * The same keys the sandbox itself reads ({@code switchboard.sandbox.default-number.*}), so one
     * setting moves both ends of the wire.
     */
    record DefaultNumber(
            @DefaultValue("100000000000001") String phoneNumberId,
            @DefaultValue("200000000000001") String wabaId,
            @DefaultValue("+1 555 0100") String displayPhoneNumber,
            @DefaultValue("Switchboard Sandbox") String verifiedName) {}

    String phoneNumberId() {
        return defaultNumber.phoneNumberId();
    }

    String wabaId() {
        return defaultNumber.wabaId();
    }

    String displayPhoneNumber() {
        return defaultNumber.displayPhoneNumber();
    }

    String verifiedName() {
        return defaultNumber.verifiedName();
    }
}
