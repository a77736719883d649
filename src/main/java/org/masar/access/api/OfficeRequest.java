package org.masar.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeDraft;
import org.masar.access.OrganisationId;

/** An office to create or update; {@code version} is required on update. */
record OfficeRequest(
        @NotNull UUID organisationId,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{1,31}")
        String code,

        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @Nullable @Pattern(regexp = "LY[0-9]{6}") String baladiyaPcode,
        @Nullable Integer version) {

    OfficeDraft draft() {
        return new OfficeDraft(new OrganisationId(organisationId), code, nameEn, nameAr, baladiyaPcode);
    }
}
