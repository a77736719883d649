package org.masar.people.internal.matching;

import java.util.Locale;

public final class DocumentNumbers {
    private DocumentNumbers() {}

    public static String normalise(String asGiven) {
        StringBuilder out = new StringBuilder();
        asGiven.codePoints().filter(Character::isLetterOrDigit).forEach(c -> {
            if (Character.isDigit(c)) {
                out.append(Character.digit(c, 10));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
