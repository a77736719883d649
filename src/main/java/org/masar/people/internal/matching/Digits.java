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
}
