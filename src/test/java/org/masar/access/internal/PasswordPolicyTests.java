package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.access.PasswordRejected.Violation;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password rules on their own: length, blanks, username, common and guessable passwords, reuse of the current one. */
class PasswordPolicyTests {

    private static final String ID = SecurityConfiguration.ARGON2;
    private final PasswordEncoder encoder =
            new DelegatingPasswordEncoder(ID, Map.of(ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    private final PasswordPolicy policy = new PasswordPolicy(encoder);
    private final String currentHash = encoder.encode("the current long password");

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(policy.check("amira.k", "olive trees by the harbour", currentHash))
                .isEmpty();
    }

    @Test
    void twelveCharactersAtLeast() {
        assertThat(codes(policy.check("amira.k", "eleven char", currentHash)))
                .containsExactly("access.password.too-short");
        assertThat(policy.check("amira.k", "twelve chars", currentHash)).isEmpty();
        assertThat(policy.check("amira.k", "x", currentHash).getFirst().arguments())
                .containsExactly(PasswordPolicy.MIN_LENGTH);
    }

    @Test
    void notContainingTheUsernameEitherWayRoundNorInAnyCase() {
        assertThat(codes(policy.check("amira.k", "my name is AMIRA.K ok", currentHash)))
                .containsExactly("access.password.contains-username");
        assertThat(codes(policy.check("amira.k", "backwards k.arima here", currentHash)))
                .containsExactly("access.password.contains-username");
    }

    @Test
    void notACommonPassword() {
        assertThat(codes(policy.check("amira.k", "Password1234", currentHash)))
                .containsExactly("access.password.common");
        assertThat(codes(policy.check("amira.k", "QWERTYUIOP123", currentHash)))
                .containsExactly("access.password.common");
    }

    @Test
    void notACommonPasswordWrittenBackwards() {
        assertThat(codes(policy.check("amira.k", "4321drowssap", currentHash))).containsExactly("access.password.weak");
        assertThat(codes(policy.check("amira.k", "drowssap4321", currentHash))).containsExactly("access.password.weak");
    }

    @Test
    void notANearRepetition() {
        assertThat(codes(policy.check("amira.k", "aaaaaaaaaaaab", currentHash)))
                .containsExactly("access.password.weak");
        assertThat(codes(policy.check("amira.k", "abcabcabcabcabc", currentHash)))
                .containsExactly("access.password.weak");
    }

    @Test
    void notOnlySpaces() {
        assertThat(codes(policy.check("amira.k", " ".repeat(12), currentHash)))
                .containsExactly("access.password.blank");
        assertThat(codes(policy.check("amira.k", "\t".repeat(6) + " ".repeat(10), currentHash)))
                .containsExactly("access.password.blank");
    }

    @Test
    void notEasyToGuessFromTheCommonListsWordsAndPatterns() {
        for (String guessable : List.of("libyalibya2026", "qwertyuiop[]", "masarmasar2026", "password12345678")) {
            assertThat(codes(policy.check("amira.k", guessable, currentHash)))
                    .as(guessable)
                    .containsAnyOf("access.password.weak", "access.password.common");
        }
    }

    @Test
    void aGoodPassphraseIsAccepted() {
        assertThat(policy.check("amira.k", "Tawergha dunes at dawn, 2026!", currentHash))
                .isEmpty();
        assertThat(policy.check("amira.k", "correct horse battery staple", currentHash))
                .isEmpty();
    }

    @Test
    void notTheCurrentPasswordAgain() {
        assertThat(codes(policy.check("amira.k", "the current long password", currentHash)))
                .containsExactly("access.password.same-as-current");
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
