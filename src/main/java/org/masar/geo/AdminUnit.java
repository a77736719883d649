package org.masar.geo;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One region, mantika, baladiya or muhalla as the gazetteer holds it.
 *
 * @param pcode the unit's OCHA P-code
 * @param level its level (also told by the P-code's length)
 * @param parent the P-code of the unit it belongs to; null for a region
 * @param nameEn the English name, as OCHA spells it
 * @param nameAr the Arabic name, as OCHA spells it
 * @param location the seat's coordinates, when a named source gives them (none does yet)
 * @param validFrom the first day the unit is in OCHA's table, when known (null for the units of the 2017 table)
 * @param validTo the first day it is no longer in OCHA's current table; null while it is
 * @param children how many units of the level below belong to it
 */
public record AdminUnit(
        PCode pcode,
        AdminLevel level,
        @Nullable PCode parent,
        String nameEn,
        String nameAr,
        @Nullable Coordinates location,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        int children) {

    /** The name in the given language: Arabic for Arabic, English otherwise. */
    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    /** Whether OCHA's table has the unit on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
