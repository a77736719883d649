package org.masar.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * ISO 3166-1 country codes as the JDK knows them: people's nationalities are kept as alpha-3 (EGY), while country names
 * and phone numbering plans are found by alpha-2 (EG).
 */
public final class CountryCodes {

    private static final Map<String, String> ALPHA2_OF_ALPHA3 = alpha2OfAlpha3();

    /** The alpha-2 code of an alpha-3 one, or null when it names no country. */
    public static @Nullable String alpha2(String alpha3) {
        return ALPHA2_OF_ALPHA3.get(alpha3);
    }

    /** Every country's alpha-3 code. */
    public static Set<String> alpha3() {
        return ALPHA2_OF_ALPHA3.keySet();
    }

    private static Map<String, String> alpha2OfAlpha3() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(codes);
    }

    private CountryCodes() {}
}
