package org.masar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts restricted values (second-factor secrets today; protection narratives and medical details as those modules
 * arrive) with AES-256-GCM before they reach the database, so that a copy of the database alone gives none of them
 * away. The one mechanism for field encryption in Masar.
 *
 * <p>The key is {@code masar.crypto.key} (Base64 of 32 bytes) when configured, which every node of a cluster must
 * share. Otherwise a key is generated once into {@code masar.crypto.key-file} under the data folder, readable by its
 * owner only: good for a single node, and never a key written in the code.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(
            @Value("${masar.crypto.key:}") String configuredKey, @Value("${masar.crypto.key-file}") Path keyFile) {
        this.key = new SecretKeySpec(configuredKey.isBlank() ? localKey(keyFile) : decode(configuredKey), "AES");
    }

    /** Encrypts a value; the result is text, safe to store, and different each time for the same value. */
    public String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts what {@link #seal} produced; fails when the key changed or the value was tampered with. */
    public byte[] open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            // A changed key or a tampered value: the secret cannot be used, and nothing is guessed instead.
            throw new IllegalStateException("A sealed value cannot be opened with the configured key", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("masar.crypto.key must be the Base64 of " + KEY_BYTES + " random bytes");
        }
        return key;
    }

    private static byte[] localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try {
                Files.writeString(
                        file,
                        Base64.getEncoder().encodeToString(key),
                        StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } else {
                log.warn("Could not restrict the permissions of the key file {}", file);
            }
            log.warn(
                    "Generated an encryption key in {}: back it up with the database, and configure masar.crypto.key "
                            + "instead when more than one node runs",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }
}
