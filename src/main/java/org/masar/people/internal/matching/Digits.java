package org.masar.people.internal.matching;

/** Folds Arabic-Indic (٠-٩), Extended Arabic-Indic / Persian (۰-۹) and other Unicode decimal digits to ASCII. */
final class Digits {
    private Digits() {}

    static char ascii(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        int d = Character.digit(c, 10);
        return d >= 0 ? (char) ('0' + d) : c;
    }

    /**
     * Whether the digits of a normalised number, from {@code from} on, are none at all or one digit repeated (0000000,
     * NONE, P1111111): what is typed where a form wants a number and none is known, which two strangers share.
     */
    static boolean noneOrOneRepeated(String number, int from) {
        char first = 0;
        for (int i = from; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                if (first == 0) {
                    first = c;
                } else if (c != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
