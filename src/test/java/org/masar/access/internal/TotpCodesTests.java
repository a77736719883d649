package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** RFC 6238 codes: the RFC's own test vector, the one-step drift window, and the otpauth URI. */
class TotpCodesTests {

    // RFC 6238 appendix B: the SHA-1 secret is the ASCII of "12345678901234567890".
    private static final byte[] RFC_SECRET =
            "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void acceptsTheRfcTestVectorAndOneStepEitherSide() {
        // At T = 59 s the RFC's 8-digit code is 94287082; authenticator apps show its last six digits.
        TotpCodes codes = at(Instant.ofEpochSecond(59));
        assertThat(codes.matchingStep(RFC_SECRET, "287082")).hasValue(1);
        assertThat(at(Instant.ofEpochSecond(89)).matchingStep(RFC_SECRET, "287 082"))
                .hasValue(1);
        assertThat(at(Instant.ofEpochSecond(119)).matchingStep(RFC_SECRET, "287082"))
                .isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "28708")).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "abcdef")).isEmpty();
    }

    @Test
    void theUriNamesMasarAsIssuer() {
        byte[] secret = new TotpCodes(Clock.systemUTC()).newSecret();
        assertThat(secret).hasSize(20);
        assertThat(TotpCodes.uri("amira.k", secret))
                .isEqualTo("otpauth://totp/Masar:amira.k?secret=" + TotpCodes.base32(secret)
                        + "&issuer=Masar&algorithm=SHA1&digits=6&period=30");
        assertThat(TotpCodes.base32(secret)).hasSize(32).matches("[A-Z2-7]+");
        assertThat(QrCodes.svgDataUri(TotpCodes.uri("amira.k", secret))).startsWith("data:image/svg+xml;base64,");
    }

    private static TotpCodes at(Instant instant) {
        return new TotpCodes(Clock.fixed(instant, ZoneOffset.UTC));
    }
}
