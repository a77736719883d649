package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.access.PasswordRejected.Violation;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password rules on their own: length, username, common passwords, reuse of the current one. */
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
    void notTheCurrentPasswordAgain() {
        assertThat(codes(policy.check("amira.k", "the current long password", currentHash)))
                .containsExactly("access.password.same-as-current");
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
