package org.masar.access.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masar.access.PasswordRejected.Violation;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Masar's password rules, checked with Passay: at least {@value #MIN_LENGTH} characters (length beats composition
 * rules, as NIST SP 800-63B says), not containing the username either way round, not one of the common passwords that
 * are long enough to pass the length rule, and not the current password again.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String FIELD = "newPassword";

    // Well-known passwords of twelve characters or more (from public breach top lists), compared ignoring case.
    private static final String[] COMMON = {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "password1234", "password12345",
        "password123456", "passwordpassword", "qwertyuiop12", "qwertyuiop123", "qwerty123456", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "abc123456789", "iloveyou1234", "adminadmin12", "administrator", "welcome12345",
        "letmein12345", "changeme1234", "masarmasar12", "libya1234567", "aaaaaaaaaaaa", "111111111111",
        "000000000000", "qazwsxedcrfv", "asdfghjkl123", "zxcvbnm12345", "p@ssw0rd1234", "football1234"
    };

    private final PasswordValidator validator;
    private final PasswordEncoder passwordEncoder;

    PasswordPolicy(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
        String[] words = COMMON.clone();
        Arrays.sort(words, WordLists.CASE_INSENSITIVE_COMPARATOR);
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(words, false))));
    }

    /** The rules the new password breaks, as message keys on the {@value #FIELD} field; empty when it is acceptable. */
    List<Violation> check(String username, String newPassword, String currentHash) {
        Set<Violation> violations = new LinkedHashSet<>();
        for (RuleResultDetail detail :
                validator.validate(new PasswordData(username, newPassword)).getDetails()) {
            violations.add(
                    switch (detail.getErrorCode()) {
                        case LengthRule.ERROR_CODE_MIN ->
                            new Violation(FIELD, "access.password.too-short", List.of(MIN_LENGTH));
                        case LengthRule.ERROR_CODE_MAX ->
                            new Violation(FIELD, "access.password.too-long", List.of(MAX_LENGTH));
                        case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED ->
                            new Violation(FIELD, "access.password.contains-username", List.of());
                        case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED ->
                            new Violation(FIELD, "access.password.common", List.of());
                        default -> new Violation(FIELD, "access.password.invalid", List.of());
                    });
        }
        if (!newPassword.isEmpty() && passwordEncoder.matches(newPassword, currentHash)) {
            violations.add(new Violation(FIELD, "access.password.same-as-current", List.of()));
        }
        return new ArrayList<>(violations);
    }
}
