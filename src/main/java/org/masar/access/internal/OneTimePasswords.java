package org.masar.access.internal;

import java.security.SecureRandom;
import org.masar.access.OneTimePassword;

/** Generates one-time passwords: 20 characters from an alphabet without look-alikes (0/O, 1/l/I). */
final class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static OneTimePassword generate() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // At least one of each kind, so that any reasonable password policy accepts it.
        password.setCharAt(RANDOM.nextInt(5), 'K');
        password.setCharAt(5 + RANDOM.nextInt(5), 'm');
        password.setCharAt(10 + RANDOM.nextInt(5), '7');
        return new OneTimePassword(password.toString());
    }
}
