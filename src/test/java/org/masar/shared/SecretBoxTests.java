package org.masar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets sealed with AES-GCM: round trip, a fresh nonce each time, tampering and a wrong key detected, local key file. */
class SecretBoxTests {

    @TempDir
    Path folder;

    @Test
    void sealsAndOpensWithAConfiguredKey() {
        SecretBox box = new SecretBox(randomKey(), folder.resolve("unused.key"));
        byte[] secret = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);

        String sealed = box.seal(secret);

        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.seal(secret)).isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThat(folder.resolve("unused.key")).doesNotExist();
    }

    @Test
    void aTamperedValueOrAnotherKeyCannotOpenIt() {
        SecretBox box = new SecretBox(randomKey(), folder.resolve("unused.key"));
        String sealed = box.seal(new byte[] {1, 2, 3});
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(randomKey(), folder.resolve("unused.key")).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyAKeyFileIsMadeOnceAndReused() throws Exception {
        Path keyFile = folder.resolve("data/crypto.key");
        String sealed = new SecretBox("", keyFile).seal(new byte[] {42});

        assertThat(keyFile).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile))).hasSize(32);
        assertThat(new SecretBox("", keyFile).open(sealed)).containsExactly(42);
    }

    @Test
    void aConfiguredKeyMustBeThirtyTwoBytes() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), folder))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
