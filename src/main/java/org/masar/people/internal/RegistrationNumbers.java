package org.masar.people.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Registration numbers: eight random digits and a Luhn check digit. Digits only, because a person says it over the
 * phone to a caseworker who may speak another language, and every language has digits; the check digit catches a
 * mistyped or misheard digit before a search finds the wrong person. Random rather than sequential, so that a number
 * says nothing about when or where a person was registered.
 */
final class RegistrationNumbers {

    private RegistrationNumbers() {}

    static String next() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return body + checkDigit(body);
    }

    /** Whether nine digits carry a right check digit. */
    static boolean isValid(String number) {
        return number.matches("[0-9]{9}") && checkDigit(number.substring(0, 8)) == number.charAt(8);
    }

    /** The Luhn check digit of a string of digits. */
    static char checkDigit(String digits) {
        int sum = 0;
        boolean twice = true; // the rightmost digit of the body is doubled, as the check digit will follow it
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** A registration number as people write it (spaces, dashes, Arabic-Indic digits) reduced to its digits. */
    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        return digits.toString();
    }
}
