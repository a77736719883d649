package org.masar.access;

import java.util.Locale;

/**
 * A name in English and Arabic, as offices and organisations have them.
 *
 * @param en the English name
 * @param ar the Arabic name
 */
public record BilingualName(String en, String ar) {

    /** The name in the given language: Arabic for Arabic, English otherwise. */
    public String in(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? ar : en;
    }
}
