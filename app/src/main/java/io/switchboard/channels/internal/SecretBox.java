package io.switchboard.channels.internal;

import io.switchboard.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts channel secrets at rest (invariant 5) with AES-256-GCM, and fingerprints app secrets with
 * HMAC-SHA256 so that "signed with the same app secret" can be asked in SQL without decrypting.
 * The key comes from {@code SWITCHBOARD_ENCRYPTION_KEY}, else from a key file generated on first start.
 */
@Component
public class SecretBox {
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final SecretKeySpec fingerprintKey;

    SecretBox(StorageSettings settings) {
        var raw = settings.encryptionKey() != null && !settings.encryptionKey().isBlank()
                ? decodeKey(settings.encryptionKey().value())
                : keyFile(settings.dataDir().resolve("secrets").resolve("encryption.key"));
        this.key = new SecretKeySpec(raw, "AES");
        this.fingerprintKey = new SecretKeySpec(hmac(raw, "switchboard-fingerprint"), "HmacSHA256");
    }

    public String encrypt(Secret secret) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            var sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            var out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** @throws IllegalStateException if the value was sealed with another key (wrong SWITCHBOARD_ENCRYPTION_KEY) */
    public Secret decrypt(String sealed) {
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            var plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new Secret(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be decrypted: is SWITCHBOARD_ENCRYPTION_KEY the key it was stored with?",
                    e);
        }
    }

    /** A stable, non-reversible identifier of a secret (hex), equal for equal secrets. */
    public String fingerprint(Secret secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(secret.value().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeKey(String base64) {
        var raw = Base64.getDecoder().decode(base64.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("SWITCHBOARD_ENCRYPTION_KEY must be 32 bytes (256 bits), base64-encoded");
        }
        return raw;
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                var fresh = new byte[32];
                random.nextBytes(fresh);
                try {
                    // Owner-only from the moment it exists, not chmod afterwards.
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.WRITE);
                    log.warn(
                            "Generated the encryption key for stored secrets at {}; back it up, or set SWITCHBOARD_ENCRYPTION_KEY",
                            file);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it between our check and create: use theirs.
                }
            }
            return decodeKey(Files.readString(file));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("Cannot read or create the encryption key file " + file, e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
