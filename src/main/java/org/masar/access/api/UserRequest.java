package org.masar.access.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.NewUser;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.access.Programme;
import org.masar.access.UserId;
import org.masar.access.UserProfile;

/**
 * An account to create or update. The username is only read on create; {@code version} is required on update.
 *
 * @param roles role codes
 * @param baladiyaScope baladiya P-codes
 */
record UserRequest(
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @Nullable @Email @Size(max = 320) String email,
        @Nullable UUID organisationId,
        @Nullable UUID officeId,
        @Nullable UUID supervisorId,
        @Nullable @Pattern(regexp = "en|ar") String preferredLanguage,
        @Nullable Set<@NotNull String> roles,
        @Nullable Set<@NotNull UUID> officeScope,
        @Nullable Set<@NotNull @Pattern(regexp = "LY[0-9]{6}") String> baladiyaScope,
        @Nullable Set<@NotNull Programme> programmeScope,
        @Nullable Integer version) {

    UserProfile profile() {
        return new UserProfile(
                displayName,
                email,
                organisationId == null ? null : new OrganisationId(organisationId),
                officeId == null ? null : new OfficeId(officeId),
                supervisorId == null ? null : new UserId(supervisorId),
                preferredLanguage == null ? "en" : preferredLanguage,
                roles == null ? Set.of() : roles,
                officeScope == null
                        ? Set.of()
                        : officeScope.stream().map(OfficeId::new).collect(Collectors.toSet()),
                baladiyaScope == null ? Set.of() : baladiyaScope,
                programmeScope == null ? Set.of() : programmeScope);
    }

    NewUser newUser() {
        return new NewUser(username == null ? "" : username, profile());
    }
}
