package org.masar.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.masar.shared.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the audit chain's MACs, held outside the database: whoever can write rows but does not have it cannot make
 * a link that verifies.
 *
 * <p>{@code masar.audit.key} (Base64 of at least 32 random bytes, {@code MASAR_AUDIT_KEY}) when configured, so that an
 * auditor's key can differ from the encryption key. Otherwise it is derived with HKDF-SHA-256 from Masar's encryption
 * key ({@code MASAR_CRYPTO_KEY}, or the key file that {@link SecretBox} generated), under a purpose label of its own, so
 * that the two uses never share key bytes. Changing either key makes every existing link fail to verify.
 */
@Component
class AuditKey {

    private static final int KEY_BYTES = 32;
    private static final byte[] PURPOSE = "masar audit chain HMAC-SHA-256 v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    // SecretBox is asked for so that it exists first: it generates the key file when no key is configured.
    AuditKey(
            @Value("${masar.audit.key:}") String auditKey,
            @Value("${masar.crypto.key:}") String cryptoKey,
            @Value("${masar.crypto.key-file}") Path cryptoKeyFile,
            SecretBox secretBox) {
        byte[] bytes =
                auditKey.isBlank() ? derive(cryptoKey.isBlank() ? read(cryptoKeyFile) : cryptoKey) : decode(auditKey);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    SecretKeySpec key() {
        return key;
    }

    private static byte[] derive(String cryptoKey) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(decode(cryptoKey), null, PURPOSE));
        byte[] derived = new byte[KEY_BYTES];
        hkdf.generateBytes(derived, 0, KEY_BYTES);
        return derived;
    }

    private static byte[] decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length < KEY_BYTES) {
            throw new IllegalStateException("An audit key needs the Base64 of at least " + KEY_BYTES + " random bytes");
        }
        return bytes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }
}
