package org.masar.geo;

import org.jspecify.annotations.Nullable;

/**
 * What sites are listed by; every part is optional.
 *
 * @param type only sites of this type
 * @param area only sites in this region, mantika or baladiya (any level's P-code)
 * @param text only sites whose code or English or Arabic name contains this text (case-insensitive)
 * @param active only active (true) or deactivated (false) sites; both when null
 */
public record SiteFilter(
        @Nullable SiteType type,
        @Nullable PCode area,
        @Nullable String text,
        @Nullable Boolean active) {

    /** Every site, active or not. */
    public static SiteFilter everything() {
        return new SiteFilter(null, null, null, null);
    }
}
