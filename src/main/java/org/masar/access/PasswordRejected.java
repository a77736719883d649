package org.masar.access;

import java.util.List;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A new password was refused: the current one was wrong, or the new one breaks the password policy (too short,
 * contains the username, a common password, the same as the current one) or does not match its confirmation. Each
 * violation names the form field and a message key ({@code access.password.too-short}) with its arguments.
 */
public class PasswordRejected extends ProblemException {

    private final List<Violation> violations;

    public PasswordRejected(List<Violation> violations) {
        super("access.password-rejected", HttpStatus.BAD_REQUEST);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field {@code currentPassword}, {@code newPassword} or {@code confirmation}
     * @param code the message key explaining it
     * @param arguments values for the message's placeholders (the minimum length)
     */
    public record Violation(String field, String code, List<Object> arguments) {

        public Violation {
            arguments = List.copyOf(arguments);
        }
    }
}
