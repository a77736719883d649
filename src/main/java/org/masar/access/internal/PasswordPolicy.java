package org.masar.access.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
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
 * Masar's password rules: at least {@value #MIN_LENGTH} characters (length beats composition rules, as NIST SP 800-63B
 * says), not only spaces, not containing the username either way round, not one of the common passwords that are long
 * enough to pass the length rule, not easy to guess, and not the current password again.
 *
 * <p>Length, username and the short list of common passwords are Passay's rules. How easy a password is to guess is
 * zxcvbn's estimate (zxcvbn4j, MIT licence, a port of Dropbox's zxcvbn with its lists: the 30,000 most common
 * passwords from leaked sets, English words from Wikipedia and subtitles, common names and surnames), which also
 * finds those passwords and words reversed, in l33t spelling, repeated ({@code aaaaaaaaaaaab}), as keyboard patterns,
 * sequences and dates. A password must reach a score of {@value #MIN_STRENGTH} of 4: at least 10^8 guesses.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String FIELD = "newPassword";
    static final int MIN_STRENGTH = 3;
    // Words anyone would try first against this application's accounts.
    private static final List<String> OBVIOUS_WORDS = List.of("masar", "mission", "libya", "tripoli", "benghazi");

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
    private final Zxcvbn strength = new Zxcvbn();

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
        if (!newPassword.isEmpty() && newPassword.isBlank()) {
            violations.add(new Violation(FIELD, "access.password.blank", List.of()));
        } else if (violations.isEmpty() && tooEasyToGuess(username, newPassword)) {
            // Only once the plainer rules pass, so that the user reads the one reason that matters first.
            violations.add(new Violation(FIELD, "access.password.weak", List.of()));
        }
        if (!newPassword.isEmpty() && passwordEncoder.matches(newPassword, currentHash)) {
            violations.add(new Violation(FIELD, "access.password.same-as-current", List.of()));
        }
        return new ArrayList<>(violations);
    }

    private boolean tooEasyToGuess(String username, String password) {
        List<String> known = new ArrayList<>(OBVIOUS_WORDS);
        known.add(username);
        known.addAll(Arrays.asList(username.split("[._-]")));
        return strength.measure(password, known).getScore() < MIN_STRENGTH;
    }
}
