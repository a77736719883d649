package org.masar.geo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A unit OCHA's current table adds (a new baladiya such as Tawergha, a recoded Misrata), as an administrator enters it.
 * Its level and parent follow from the P-code: a unit's code is its parent's followed by two digits.
 *
 * @param pcode the new unit's P-code
 * @param nameEn English name, as OCHA spells it
 * @param nameAr Arabic name, as OCHA spells it
 * @param validFrom the first day the unit is in OCHA's table
 * @param location the seat's coordinates, only where a named source gives them
 */
public record NewAdminUnit(
        PCode pcode,
        String nameEn,
        String nameAr,
        LocalDate validFrom,
        @Nullable Coordinates location) {

    public NewAdminUnit {
        nameEn = nameEn.strip();
        nameAr = nameAr.strip();
    }
}
