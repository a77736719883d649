package org.masar.geo.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminUnit;

/**
 * A region, mantika, baladiya or muhalla.
 *
 * @param pcode OCHA P-code
 * @param level REGION, MANTIKA, BALADIYA or MUHALLA
 * @param parent the parent's P-code; null for a region
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param latitude the seat's latitude, when a named source gives it (none does yet)
 * @param longitude the seat's longitude, likewise
 * @param validFrom first day in OCHA's table, when known
 * @param validTo first day no longer in OCHA's current table; null while it is
 * @param children how many units of the level below belong to it
 */
record AdminUnitJson(
        String pcode,
        String level,
        @Nullable String parent,
        String nameEn,
        String nameAr,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        int children) {

    static AdminUnitJson of(AdminUnit unit) {
        return new AdminUnitJson(
                unit.pcode().value(),
                unit.level().name(),
                unit.parent() == null ? null : unit.parent().value(),
                unit.nameEn(),
                unit.nameAr(),
                unit.location() == null ? null : unit.location().latitude(),
                unit.location() == null ? null : unit.location().longitude(),
                unit.validFrom(),
                unit.validTo(),
                unit.children());
    }
}
