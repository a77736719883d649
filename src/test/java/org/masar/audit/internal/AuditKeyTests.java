package org.masar.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masar.shared.SecretBox;

/** The chain's key comes from outside the database: a key of its own, or one derived from the encryption key. */
class AuditKeyTests {

    @TempDir
    Path folder;

    @Test
    void isDerivedFromTheEncryptionKeyWithoutReusingItsBytes() {
        String cryptoKey = randomKey(32);
        byte[] derived = key("", cryptoKey).key().getEncoded();
        assertThat(derived).hasSize(32).isNotEqualTo(Base64.getDecoder().decode(cryptoKey));
        // The same key on every node gives the same chain key.
        assertThat(key("", cryptoKey).key().getEncoded()).isEqualTo(derived);
        assertThat(key("", randomKey(32)).key().getEncoded()).isNotEqualTo(derived);
    }

    @Test
    void aConfiguredAuditKeyIsUsedAsGivenAndMustBeLongEnough() {
        String auditKey = randomKey(32);
        assertThat(key(auditKey, randomKey(32)).key().getEncoded())
                .isEqualTo(Base64.getDecoder().decode(auditKey));
        assertThatThrownBy(() -> key(randomKey(16), randomKey(32))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAnyConfiguredKeyItIsDerivedFromTheGeneratedKeyFile() {
        Path keyFile = folder.resolve("crypto.key");
        SecretBox box = new SecretBox("", keyFile);
        byte[] derived = new AuditKey("", "", keyFile, box).key().getEncoded();
        assertThat(new AuditKey("", "", keyFile, box).key().getEncoded()).isEqualTo(derived);
    }

    private AuditKey key(String auditKey, String cryptoKey) {
        return new AuditKey(auditKey, cryptoKey, folder.resolve("unused.key"), new SecretBox(cryptoKey, folder));
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
