package org.masar.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.masar.access.OrganisationDraft;
import org.masar.access.OrganisationKind;

/** An organisation to create or update; {@code version} is required on update. */
record OrganisationRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{1,31}")
        String code,

        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @Nullable Integer version) {

    OrganisationDraft draft() {
        return new OrganisationDraft(code, kind, nameEn, nameAr);
    }
}
