package org.masar.geo.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Baladiya;
import org.masar.geo.Site;

/**
 * A site.
 *
 * @param id opaque public id
 * @param code short unique code
 * @param type the site type
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param baladiya the baladiya it sits in
 * @param mantika that baladiya's mantika
 * @param region that mantika's region
 * @param latitude where it is, if known
 * @param longitude where it is, if known
 * @param active false once deactivated
 * @param deactivatedAt when it was deactivated, while it is
 * @param deactivatedBy who deactivated it, while it is
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 * @param version the version to quote in an update
 */
record SiteJson(
        String id,
        String code,
        String type,
        String nameEn,
        String nameAr,
        Unit baladiya,
        Unit mantika,
        Unit region,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean active,
        @Nullable Instant deactivatedAt,
        @Nullable String deactivatedBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        int version) {

    /** An administrative unit a site sits in. */
    record Unit(String pcode, String nameEn, String nameAr) {}

    static SiteJson of(Site site) {
        Baladiya b = site.baladiya();
        return new SiteJson(
                site.id().toString(),
                site.code(),
                site.type().name(),
                site.nameEn(),
                site.nameAr(),
                new Unit(b.pcode().value(), b.nameEn(), b.nameAr()),
                new Unit(b.mantika().value(), b.mantikaNameEn(), b.mantikaNameAr()),
                new Unit(b.region().value(), b.regionNameEn(), b.regionNameAr()),
                site.location() == null ? null : site.location().latitude(),
                site.location() == null ? null : site.location().longitude(),
                site.active(),
                site.deactivatedAt(),
                site.deactivatedBy(),
                site.createdAt(),
                site.createdBy(),
                site.updatedAt(),
                site.updatedBy(),
                site.version());
    }
}
