package org.masar.geo;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A baladiya (municipality) with the mantika and region it belongs to: what other modules record a place by.
 *
 * @param pcode the baladiya's P-code
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param mantika the P-code of its mantika
 * @param mantikaNameEn the mantika's English name
 * @param mantikaNameAr the mantika's Arabic name
 * @param region the P-code of its region
 * @param regionNameEn the region's English name
 * @param regionNameAr the region's Arabic name
 * @param location the seat's coordinates, when a named source gives them (none does yet)
 * @param validFrom first day in OCHA's table, when known
 * @param validTo first day no longer in OCHA's current table; null while it is
 */
public record Baladiya(
        PCode pcode,
        String nameEn,
        String nameAr,
        PCode mantika,
        String mantikaNameEn,
        String mantikaNameAr,
        PCode region,
        String regionNameEn,
        String regionNameAr,
        @Nullable Coordinates location,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** The name in the given language: Arabic for Arabic, English otherwise. */
    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    /** The mantika's name in the given language. */
    public String mantikaName(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? mantikaNameAr : mantikaNameEn;
    }

    /** Whether OCHA's table has the baladiya on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
