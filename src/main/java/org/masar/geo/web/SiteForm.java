package org.masar.geo.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Coordinates;
import org.masar.geo.PCode;
import org.masar.geo.Site;
import org.masar.geo.SiteDetails;
import org.masar.geo.SiteType;

/** The create and edit form of a site, bound from the page and validated before the face is called. */
public class SiteForm {

    @NotBlank(message = "{geo.site.code.required}")
    // Empty passes the pattern, so that a blank code shows only "enter a code".
    @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9-]{1,19})?", message = "{geo.site.code.format}")
    private @Nullable String code;

    @NotNull(message = "{geo.site.type.required}")
    private @Nullable SiteType type;

    @NotBlank(message = "{geo.site.name-en.required}")
    @Size(max = 200, message = "{geo.site.name.too-long}")
    private @Nullable String nameEn;

    @NotBlank(message = "{geo.site.name-ar.required}")
    @Size(max = 200, message = "{geo.site.name.too-long}")
    private @Nullable String nameAr;

    @NotBlank(message = "{geo.site.baladiya.required}")
    @Pattern(regexp = "(LY\\d{6})?", message = "{geo.site.baladiya.format}")
    private @Nullable String baladiya;

    @DecimalMin(value = Coordinates.MIN_LATITUDE, message = "{geo.site.latitude.range}")
    @DecimalMax(value = Coordinates.MAX_LATITUDE, message = "{geo.site.latitude.range}")
    private @Nullable Double latitude;

    @DecimalMin(value = Coordinates.MIN_LONGITUDE, message = "{geo.site.longitude.range}")
    @DecimalMax(value = Coordinates.MAX_LONGITUDE, message = "{geo.site.longitude.range}")
    private @Nullable Double longitude;

    private int version;

    /** An empty form. */
    public SiteForm() {}

    /** The form filled with a site's current details. */
    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.code = site.code();
        form.type = site.type();
        form.nameEn = site.nameEn();
        form.nameAr = site.nameAr();
        form.baladiya = site.baladiya().pcode().value();
        form.latitude = site.location() == null ? null : site.location().latitude();
        form.longitude = site.location() == null ? null : site.location().longitude();
        form.version = site.version();
        return form;
    }

    /** Latitude and longitude come together or not at all (the error shows on the latitude field). */
    @AssertTrue(message = "{geo.site.location.incomplete}")
    public boolean isLatitudeWithLongitude() {
        return (latitude == null) == (longitude == null);
    }

    SiteDetails toDetails() {
        return new SiteDetails(
                Objects.requireNonNull(code),
                Objects.requireNonNull(type),
                Objects.requireNonNull(nameEn),
                Objects.requireNonNull(nameAr),
                PCode.parse(Objects.requireNonNull(baladiya)),
                latitude == null || longitude == null ? null : new Coordinates(latitude, longitude));
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable SiteType getType() {
        return type;
    }

    public void setType(@Nullable SiteType type) {
        this.type = type;
    }

    public @Nullable String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable String getNameAr() {
        return nameAr;
    }

    public void setNameAr(@Nullable String nameAr) {
        this.nameAr = nameAr;
    }

    public @Nullable String getBaladiya() {
        return baladiya;
    }

    public void setBaladiya(@Nullable String baladiya) {
        this.baladiya = baladiya;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable Double latitude) {
        this.latitude = latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable Double longitude) {
        this.longitude = longitude;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
