package io.switchboard.channels.internal;

import io.switchboard.Secret;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where channel data lives: {@code SWITCHBOARD_DATA_DIR} (media under {@code media/}, the generated key
 * under {@code secrets/}) and {@code SWITCHBOARD_ENCRYPTION_KEY}, a base64 256-bit AES key that, when set,
 * replaces the generated key file.
 */
@Validated
@ConfigurationProperties("switchboard")
record StorageSettings(
        @DefaultValue("./data") Path dataDir, @Nullable Secret encryptionKey) {}
