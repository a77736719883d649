package org.masar.people.internal.matching;

import java.util.Locale;

/**
 * Document numbers reduced to upper-case ASCII letters and digits: spaces, dashes, dots and slashes dropped, Arabic-Indic
 * digits folded. A lost or added letter prefix ("P01234567" against "01234567") is seen by comparing {@link
 * #core(String)}.
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    /** The normalised number, "" when nothing is left. */
    public static String normalise(String asGiven) {
        StringBuilder out = new StringBuilder(asGiven.length());
        for (int i = 0; i < asGiven.length(); i++) {
            char c = Digits.ascii(asGiven.charAt(i));
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (c >= 'a' && c <= 'z') {
                out.append((char) (c - 'a' + 'A'));
            } else if (Character.isLetter(c)) {
                out.append(Character.toString(c).toUpperCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * The number without its leading letters, when what is left is long enough to stand alone (six characters or more,
     * five of them digits); otherwise the normalised number itself.
     */
    public static String core(String normalised) {
        int i = 0;
        while (i < normalised.length() && !Character.isDigit(normalised.charAt(i))) {
            i++;
        }
        String rest = normalised.substring(i);
        long digits = rest.chars().filter(Character::isDigit).count();
        return rest.length() >= 6 && digits >= 5 ? rest : normalised;
    }
}
