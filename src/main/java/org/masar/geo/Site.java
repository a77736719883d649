package org.masar.geo;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A site as the gazetteer shows it, with the names of the baladiya and mantika it sits in.
 *
 * @param id opaque public id
 * @param code short unique code, upper case ({@code TRP-DP-01})
 * @param type what the site is
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param baladiya the baladiya it sits in, with its mantika and region
 * @param location where it is, if known
 * @param active false once deactivated
 * @param deactivatedAt when it was deactivated, while it is
 * @param deactivatedBy who deactivated it, while it is
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 * @param version the optimistic-locking version an update must quote
 */
public record Site(
        SiteId id,
        String code,
        SiteType type,
        String nameEn,
        String nameAr,
        Baladiya baladiya,
        @Nullable Coordinates location,
        boolean active,
        @Nullable Instant deactivatedAt,
        @Nullable String deactivatedBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        int version) {

    /** The name in the given language: Arabic for Arabic, English otherwise. */
    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
