package org.masar.people.internal.matching;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Document numbers reduced to upper-case ASCII letters and digits: spaces, dashes, dots and slashes dropped,
 * Arabic-Indic digits folded. A lost or added letter prefix ("P01234567" against "01234567", or "PO1234567" with the
 * letter O) is seen by comparing {@link #core(String)}, as is a refugee's number without its office (24C46350
 * against 199-24C46350); one typed with two neighbouring characters swapped by {@link #swappedOnce}; one copied short
 * by {@link #copiedShort}.
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    /**
     * A number as UNHCR writes a refugee's or asylum-seeker's: the registering office's three digits, the year's two, a
     * letter and the serial (199-24C46350, 480-21C40871). Clerks copying the card often leave the office out.
     */
    private static final Pattern OFFICE_FIRST = Pattern.compile("(\\d{3})(\\d{2}[A-Z]\\d{5,6})");

    /**
     * A UNHCR case number without its office: the year's two digits, C and the serial (24C46350). A case is a household
     * registered together, and every member's card bears its number.
     */
    private static final Pattern CASE = Pattern.compile("\\d{2}C\\d{5,6}");

    /** Whether a refugee's number, as its {@link #core}, is a UNHCR case number, which a household shares. */
    static boolean householdCase(String core) {
        return CASE.matcher(core).matches();
    }

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
     * The number without its leading letters and the zeros after them, when what is left is long enough to stand alone
     * (six characters or more, five of them digits; failing that, with the zeros); otherwise the normalised number
     * itself; and of a refugee's number, without its office ({@link #OFFICE_FIRST}). The zeros go because the letter O
     * and the digit 0 are confused where letters meet digits (PO1234567 for P01234567); among the digits, a letter O is
     * read as the zero and an I or L as the one they were typed for (P0123O567).
     */
    public static String core(String normalised) {
        String core = withoutPrefix(digitsAmongDigits(normalised));
        Matcher office = OFFICE_FIRST.matcher(core);
        return office.matches() ? office.group(2) : core;
    }

    /**
     * Whether two numbers each name their office, and not the same one: of one {@link #core}, they are two offices'
     * serials of one year, which each office issues on its own, not one card.
     */
    static boolean officesDiffer(String normalised, String other) {
        String office = office(normalised);
        String otherOffice = office(other);
        return office != null && otherOffice != null && !office.equals(otherOffice);
    }

    private static @Nullable String office(String normalised) {
        Matcher office = OFFICE_FIRST.matcher(withoutPrefix(digitsAmongDigits(normalised)));
        return office.matches() ? office.group(1) : null;
    }

    /**
     * The blocking key of a document whose {@link #core} this is, under which the candidate search and the search by
     * number find every person holding it (in whatever format it was typed); null when the core is too short to tell
     * documents apart.
     */
    public static @Nullable String key(String core) {
        return core.length() >= 5 ? "d|" + core : null;
    }

    private static String digitsAmongDigits(String normalised) {
        char[] c = normalised.toCharArray();
        for (int i = 1; i < c.length; i++) {
            if (c[i] == 'O' && i + 1 < c.length && Character.isDigit(c[i + 1])) {
                c[i] = '0'; // before a digit too, after a letter (459-22CO7905, the card's 459-22C07905)
            } else if (Character.isDigit(c[i - 1])) {
                c[i] = switch (c[i]) {
                    case 'O' -> '0';
                    case 'I', 'L' -> '1';
                    default -> c[i];
                };
            }
        }
        return new String(c);
    }

    /**
     * Whether two cores are one number typed with two neighbouring characters swapped (A72425886, A74225886), seven
     * characters long at least. Not a character typed for another: numbers a day's issue apart differ so (a family's
     * passports), where a swap of two neighbours is a hand's slip.
     */
    static boolean swappedOnce(String a, String b) {
        if (a.length() != b.length() || a.length() < 7) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /**
     * Whether one core is the other with one or two characters lost at its start or its end (PC33012 for 12PC33012,
     * A0118824 for A01188247), six characters long at least: the number copied short, or by chance the start or end of
     * another's, which the two cannot tell apart. It counts neither way.
     */
    static boolean copiedShort(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int lost = longer.length() - shorter.length();
        return shorter.length() >= 6
                && lost >= 1
                && lost <= 2
                && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }

    private static String withoutPrefix(String normalised) {
        int letters = 0;
        while (letters < normalised.length() && !Character.isDigit(normalised.charAt(letters))) {
            letters++;
        }
        int zeros = letters;
        while (zeros < normalised.length() && normalised.charAt(zeros) == '0') {
            zeros++;
        }
        String withoutZeros = normalised.substring(zeros);
        if (standsAlone(withoutZeros)) {
            return withoutZeros;
        }
        String withZeros = normalised.substring(letters);
        return standsAlone(withZeros) ? withZeros : normalised;
    }

    private static boolean standsAlone(String rest) {
        return rest.length() >= 6 && rest.chars().filter(Character::isDigit).count() >= 5;
    }
}
