package org.masar.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.access.RoleDraft;

/** A custom role to create or update; the code is only read on create, {@code version} is required on update. */
record RoleRequest(
        @Nullable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
        @NotBlank @Size(max = 100) String nameEn,
        @NotBlank @Size(max = 100) String nameAr,
        boolean missionWide,
        @NotNull Set<@NotNull String> permissions,
        @Nullable Integer version) {

    RoleDraft draft() {
        return new RoleDraft(nameEn, nameAr, missionWide, permissions);
    }
}
