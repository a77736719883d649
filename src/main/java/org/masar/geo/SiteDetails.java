package org.masar.geo;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a user states about a site when creating or editing it.
 *
 * @param code short unique code; stored upper case
 * @param type what the site is
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param baladiya the P-code of the baladiya it sits in
 * @param location where it is, if known (already checked to be within Libya by {@link Coordinates})
 */
public record SiteDetails(
        String code,
        SiteType type,
        String nameEn,
        String nameAr,
        PCode baladiya,
        @Nullable Coordinates location) {

    public SiteDetails {
        code = code.strip().toUpperCase(Locale.ROOT);
        nameEn = nameEn.strip();
        nameAr = nameAr.strip();
    }
}
