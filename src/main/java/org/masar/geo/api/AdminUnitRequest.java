package org.masar.geo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Coordinates;
import org.masar.geo.NewAdminUnit;
import org.masar.geo.PCode;

/**
 * A unit that OCHA's current table adds.
 *
 * @param pcode its P-code; the parent is the code without its last two digits
 * @param nameEn English name, as OCHA spells it
 * @param nameAr Arabic name, as OCHA spells it
 * @param validFrom the first day it is in OCHA's table
 * @param latitude only where a named source gives the seat's coordinates
 * @param longitude likewise
 */
record AdminUnitRequest(
        @NotBlank(message = "{geo.unit.pcode.required}")
        @Pattern(regexp = "(\\s*(?i:LY)(\\d{2}){1,4}\\s*)?", message = "{geo.unit.pcode.required}")
        @Schema(example = "LY021405")
        @Nullable
        String pcode,

        @NotBlank(message = "{geo.site.name-en.required}")
        @Size(max = 200, message = "{geo.site.name.too-long}")
        @Nullable
        String nameEn,

        @NotBlank(message = "{geo.site.name-ar.required}")
        @Size(max = 200, message = "{geo.site.name.too-long}")
        @Nullable
        String nameAr,

        @NotNull(message = "{geo.unit.valid-from.required}") @Nullable
        LocalDate validFrom,

        @DecimalMin(value = Coordinates.MIN_LATITUDE, message = "{geo.site.latitude.range}")
        @DecimalMax(value = Coordinates.MAX_LATITUDE, message = "{geo.site.latitude.range}")
        @Nullable
        Double latitude,

        @DecimalMin(value = Coordinates.MIN_LONGITUDE, message = "{geo.site.longitude.range}")
        @DecimalMax(value = Coordinates.MAX_LONGITUDE, message = "{geo.site.longitude.range}")
        @Nullable
        Double longitude) {

    /** Latitude and longitude come together or not at all. */
    @AssertTrue(message = "{geo.site.location.incomplete}")
    @Schema(hidden = true)
    boolean isLocation() {
        return (latitude == null) == (longitude == null);
    }

    NewAdminUnit toNewUnit() {
        return new NewAdminUnit(
                PCode.parse(Objects.requireNonNull(pcode)),
                Objects.requireNonNull(nameEn),
                Objects.requireNonNull(nameAr),
                Objects.requireNonNull(validFrom),
                latitude == null || longitude == null ? null : new Coordinates(latitude, longitude));
    }
}
