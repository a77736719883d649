package org.masar.access.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time codes as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps. A code
 * is accepted one step either side of now, for clocks that drift; the caller records the step so it is not reused.
 */
@Component
class TotpCodes {

    static final String ISSUER = "Masar";
    private static final int SECRET_BYTES = 20;
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    static String base32(byte[] secret) {
        return Base32.toBase32String(secret).replace("=", "");
    }

    static String uri(String username, byte[] secret) {
        // Usernames are [a-z0-9._-], which need no escaping in the label.
        return "otpauth://totp/" + ISSUER + ":" + username + "?secret=" + base32(secret) + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The time step the code belongs to, if it is valid now for this secret. */
    OptionalLong matchingStep(byte[] secret, String code) {
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long period = generator.getTimeStep().toSeconds();
        long now = clock.instant().getEpochSecond() / period;
        SecretKeySpec key = new SecretKeySpec(secret, generator.getAlgorithm());
        OptionalLong found = OptionalLong.empty();
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            String expected;
            try {
                expected = generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * period));
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("A TOTP secret is not usable as an HMAC key", e);
            }
            // Compare in constant time and check every step, so timing does not tell which step matched.
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
