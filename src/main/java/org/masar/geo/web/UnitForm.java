package org.masar.geo.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.geo.NewAdminUnit;
import org.masar.geo.PCode;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a unit of OCHA's current table below the unit shown (a new baladiya, a recoded one). */
public class UnitForm {

    @NotBlank(message = "{geo.unit.pcode.required}")
    @Pattern(regexp = "(?i)(LY(\\d{2}){1,4})?", message = "{geo.unit.pcode.required}")
    private String pcode = "";

    @NotBlank(message = "{geo.site.name-en.required}")
    @Size(max = 200, message = "{geo.site.name.too-long}")
    private String nameEn = "";

    @NotBlank(message = "{geo.site.name-ar.required}")
    @Size(max = 200, message = "{geo.site.name.too-long}")
    private String nameAr = "";

    @NotNull(message = "{geo.unit.valid-from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    NewAdminUnit toUnit() {
        // Coordinates only come from a named source; this form never asks for them.
        return new NewAdminUnit(
                PCode.parse(pcode.strip().toUpperCase(Locale.ROOT)),
                nameEn,
                nameAr,
                java.util.Objects.requireNonNull(validFrom),
                null);
    }

    public String getPcode() {
        return pcode;
    }

    public void setPcode(@Nullable String pcode) {
        this.pcode = pcode == null ? "" : pcode.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(@Nullable String nameAr) {
        this.nameAr = nameAr == null ? "" : nameAr;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
