package org.masar.people.internal.matching;

/**
 * Phone numbers as international digits without a plus (218912345678), whatever way they were typed: +218 91…,
 * 00218…, 091…, 91…, with spaces, dashes, dots or brackets, in ASCII, Arabic-Indic or Persian digits. A number without
 * a country code is read in Libya's national format.
 */
public final class PhoneNumbers {
    /** Libya's country calling code, assumed for numbers written in national format. */
    public static final String DEFAULT_COUNTRY_CODE = "218";

    private PhoneNumbers() {}

    /** The normalised number, or "" when the text holds no digits. */
    public static String normalise(String asGiven) {
        StringBuilder digits = new StringBuilder(asGiven.length());
        boolean plus = false;
        for (int i = 0; i < asGiven.length(); i++) {
            char c = Digits.ascii(asGiven.charAt(i));
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if ((c == '+' || c == '\uFF0B') && digits.isEmpty()) {
                plus = true;
            }
        }
        if (digits.isEmpty()) {
            return "";
        }
        String d = digits.toString();
        if (plus) {
            return withoutTrunkZero(d);
        }
        if (d.startsWith("00")) {
            return withoutTrunkZero(d.substring(2));
        }
        if (d.startsWith(DEFAULT_COUNTRY_CODE) && d.length() >= 11) {
            return withoutTrunkZero(d);
        }
        if (d.startsWith("0")) {
            return DEFAULT_COUNTRY_CODE + d.substring(1);
        }
        if (d.length() == 9) {
            // 91 234 5678: a Libyan number typed without its leading zero.
            return DEFAULT_COUNTRY_CODE + d;
        }
        return d;
    }

    /**
     * +218 (0)91 234 5678: the national format's leading zero kept after Libya's country code, as many write it, is not
     * dialled from abroad.
     */
    private static String withoutTrunkZero(String international) {
        boolean libyanWithZero = international.startsWith(DEFAULT_COUNTRY_CODE + "0") && international.length() == 13;
        return libyanWithZero ? DEFAULT_COUNTRY_CODE + international.substring(4) : international;
    }
}
