package org.masar.geo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Coordinates;
import org.masar.geo.PCode;
import org.masar.geo.SiteDetails;
import org.masar.geo.SiteType;

/**
 * A site to create, or the new state of one to update.
 *
 * @param code short unique code: letters, digits and hyphens, 2 to 20 characters (stored upper case)
 * @param type one of the site types
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param baladiya the P-code of the baladiya the site sits in
 * @param latitude optional; within Libya's bounding box, and given together with longitude
 * @param longitude optional; within Libya's bounding box, and given together with latitude
 * @param version for an update, the version that was read (a stale one gives 409); ignored on create
 */
record SiteRequest(
        @NotBlank(message = "{geo.site.code.required}")
        @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9-]{1,19})?", message = "{geo.site.code.format}")
        @Schema(example = "TRP-DP-01")
        @Nullable
        String code,

        @NotBlank(message = "{geo.site.type.required}")
        @Pattern(regexp = "(" + SiteRequest.TYPES + ")?", message = "{geo.site.type.required}")
        @Schema(example = "DISEMBARKATION_POINT")
        @Nullable
        String type,

        @NotBlank(message = "{geo.site.name-en.required}")
        @Size(max = 200, message = "{geo.site.name.too-long}")
        @Nullable
        String nameEn,

        @NotBlank(message = "{geo.site.name-ar.required}")
        @Size(max = 200, message = "{geo.site.name.too-long}")
        @Nullable
        String nameAr,

        @NotBlank(message = "{geo.site.baladiya.required}")
        @Pattern(regexp = "(\\s*(?i:LY)\\d{6}\\s*)?", message = "{geo.site.baladiya.format}")
        @Schema(example = "LY021401")
        @Nullable
        String baladiya,

        @DecimalMin(value = Coordinates.MIN_LATITUDE, message = "{geo.site.latitude.range}")
        @DecimalMax(value = Coordinates.MAX_LATITUDE, message = "{geo.site.latitude.range}")
        @Nullable
        Double latitude,

        @DecimalMin(value = Coordinates.MIN_LONGITUDE, message = "{geo.site.longitude.range}")
        @DecimalMax(value = Coordinates.MAX_LONGITUDE, message = "{geo.site.longitude.range}")
        @Nullable
        Double longitude,

        @Nullable Integer version) {

    /** The site types, for validation with a field name rather than an unreadable body. */
    static final String TYPES = "DISEMBARKATION_POINT|DETENTION_CENTRE|FLOW_MONITORING_POINT|HEALTH_FACILITY|OFFICE"
            + "|WAREHOUSE|POINT_OF_ENTRY|SCHOOL|OTHER";

    /** Latitude and longitude come together or not at all. */
    @AssertTrue(message = "{geo.site.location.incomplete}")
    @Schema(hidden = true)
    boolean isLocation() {
        return (latitude == null) == (longitude == null);
    }

    /** The command, once Bean Validation has passed. */
    SiteDetails toDetails() {
        return new SiteDetails(
                java.util.Objects.requireNonNull(code),
                SiteType.valueOf(java.util.Objects.requireNonNull(type)),
                java.util.Objects.requireNonNull(nameEn),
                java.util.Objects.requireNonNull(nameAr),
                PCode.parse(java.util.Objects.requireNonNull(baladiya)),
                latitude == null || longitude == null ? null : new Coordinates(latitude, longitude));
    }
}
