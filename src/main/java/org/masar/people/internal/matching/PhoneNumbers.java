package org.masar.people.internal.matching;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.shared.CountryCodes;

/**
 * Phone numbers as international digits without a plus (218912345678), whatever way they were typed: +218 91…,
 * 00218…, 091…, 91…, with spaces, dashes, dots or brackets, in ASCII, Arabic-Indic or Persian digits. A number without
 * a country code is read in Libya's national format, unless it cannot be a Libyan number and is one of the country of
 * the person who gave it (an Egyptian's 010 1234 5678, a Chadian's 66 12 34 56); which numbers a country's plan holds
 * is libphonenumber's metadata.
 */
public final class PhoneNumbers {
    /** Libya's country calling code, assumed for numbers written in national format. */
    public static final String DEFAULT_COUNTRY_CODE = "218";

    private static final PhoneNumberUtil PLANS = PhoneNumberUtil.getInstance();
    private static final String LIBYA = "LY";
    private static final Set<Integer> CALLING_CODES = PLANS.getSupportedCallingCodes();

    private PhoneNumbers() {}

    /** The normalised number, or "" when the text holds no digits; without a country code, a Libyan number. */
    public static String normalise(String asGiven) {
        return normalise(asGiven, null);
    }

    /**
     * The normalised number of a person of this nationality (ISO 3166-1 alpha-3, or null when not known), or "" when
     * the text holds no digits. Most people in Libya, migrants too, use a Libyan line, so a number that is a valid
     * Libyan one stays Libyan whoever gave it; only one that cannot be is read in the plan of the person's country.
     */
    public static String normalise(String asGiven, @Nullable String nationality) {
        return readings(asGiven, nationality).getFirst();
    }

    /**
     * Every number a person of this nationality may have meant: the {@link #normalise normalised} one first, and for a
     * number without a country code that both Libya's plan and the person's country's hold, the latter too. A
     * Sudanese's 091 234 5678, or a Syrian's 0944 123 456, is as likely the line they brought as a Libyan one, and
     * they give it with +249 or +963 as often as without.
     */
    public static List<String> readings(String asGiven, @Nullable String nationality) {
        Written written = Written.of(asGiven);
        if (written.international() || nationality == null || nationality.equals("LBY")) {
            return List.of(written.reading());
        }
        // libphonenumber names a numbering plan by the alpha-2 code; a nationality is kept as alpha-3
        String region = CountryCodes.alpha2(nationality);
        String own = region == null ? null : validIn(written.digits(), region);
        if (own == null) {
            return List.of(written.reading());
        }
        if (validIn(written.digits(), LIBYA) == null) {
            return List.of(own);
        }
        return own.equals(written.reading()) ? List.of(own) : List.of(written.reading(), own);
    }

    /**
     * Every number a searched text may stand for, the Libyan reading first: a number without a country code that
     * cannot be Libyan may be any country's whose plan holds it, as the person it was stored for is not known; and a
     * foreign number whose digits after the country code are a valid Libyan number may have been stored as that
     * Libyan number ({@link #readings(String, String)}).
     */
    public static List<String> readings(String asGiven) {
        Written written = Written.of(asGiven);
        List<String> readings = new ArrayList<>();
        if (written.digits().isEmpty()) {
            return readings;
        }
        readings.add(written.reading());
        if (written.international() && !written.reading().startsWith(DEFAULT_COUNTRY_CODE)) {
            String libyan = libyanReadingOf(written.reading());
            if (libyan != null) {
                readings.add(libyan);
            }
        }
        if (!written.international() && validIn(written.digits(), LIBYA) == null) {
            for (String region : PLANS.getSupportedRegions()) {
                String reading = validIn(written.digits(), region);
                if (reading != null && !readings.contains(reading)) {
                    readings.add(reading);
                }
            }
        }
        return readings;
    }

    /**
     * The country calling code a normalised number begins with (218 for 218912345678), or 0 when it begins with none:
     * calling codes are one to three digits and none begins another, so the first that libphonenumber knows is it.
     */
    static int callingCode(String international) {
        for (int digits = 1; digits <= 3 && digits < international.length(); digits++) {
            int code = Integer.parseInt(international.substring(0, digits));
            if (CALLING_CODES.contains(code)) {
                return code;
            }
        }
        return 0;
    }

    /** The Libyan number that a foreign number's national digits also are, or null. */
    private static @Nullable String libyanReadingOf(String international) {
        try {
            PhoneNumber number = PLANS.parse("+" + international, null);
            return validIn("0" + PLANS.getNationalSignificantNumber(number), LIBYA);
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    /** The international digits of a number written in a region's national format, or null when its plan has none. */
    private static @Nullable String validIn(String digits, String region) {
        try {
            PhoneNumber number = PLANS.parse(digits, region);
            return PLANS.isValidNumberForRegion(number, region)
                    ? number.getCountryCode() + PLANS.getNationalSignificantNumber(number)
                    : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    /**
     * The digits of a typed number, whether it was written with a country code (+, 00, or Libya's 218 before enough
     * digits), and how it reads with Libya assumed for a number without one.
     */
    private record Written(String digits, boolean international, String reading) {
        static Written of(String asGiven) {
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
            String d = digits.toString();
            if (d.isEmpty()) {
                return new Written(d, false, "");
            }
            if (plus) {
                return new Written(d, true, libyanSlipsUndone(d));
            }
            if (d.startsWith("00")) {
                return new Written(d, true, libyanSlipsUndone(d.substring(2)));
            }
            if (d.startsWith(DEFAULT_COUNTRY_CODE) && d.length() >= 11) {
                return new Written(d, true, libyanSlipsUndone(d));
            }
            if (d.startsWith("0")) {
                return new Written(d, false, DEFAULT_COUNTRY_CODE + d.substring(1));
            }
            if (d.length() == 9) {
                // 91 234 5678: a Libyan number typed without its leading zero.
                return new Written(d, false, DEFAULT_COUNTRY_CODE + d);
            }
            return new Written(d, false, d);
        }
    }

    /**
     * +218 (0)91 234 5678: the national format's leading zero kept after Libya's country code, as many write it, is not
     * dialled from abroad; nor is Libya's country code typed twice (+218 218 91…, where a form gave the +218 already).
     */
    private static String libyanSlipsUndone(String international) {
        String once =
                international.startsWith(DEFAULT_COUNTRY_CODE + DEFAULT_COUNTRY_CODE) && international.length() == 15
                        ? international.substring(DEFAULT_COUNTRY_CODE.length())
                        : international;
        boolean libyanWithZero = once.startsWith(DEFAULT_COUNTRY_CODE + "0") && once.length() == 13;
        return libyanWithZero ? DEFAULT_COUNTRY_CODE + once.substring(4) : once;
    }
}
