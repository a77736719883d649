package org.masar.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user account as the administration pages and API show it. Never carries the password hash or second-factor secret.
 *
 * @param locked whether repeated failed sign-ins locked the account for now
 * @param roles the codes of the roles held, sorted
 * @param officeScope the offices the user's data is limited to
 * @param baladiyaScope the baladiya P-codes the user's data is limited to
 * @param programmeScope the programmes the user's data is limited to
 * @param version the optimistic-lock version an update must quote
 */
public record UserAccount(
        UserId id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable OrganisationId organisationId,
        @Nullable OfficeId officeId,
        @Nullable UserId supervisorId,
        String preferredLanguage,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        List<String> roles,
        Set<OfficeId> officeScope,
        Set<String> baladiyaScope,
        Set<Programme> programmeScope,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public UserAccount {
        roles = List.copyOf(roles);
        officeScope = Set.copyOf(officeScope);
        baladiyaScope = Set.copyOf(baladiyaScope);
        programmeScope = Set.copyOf(programmeScope);
    }
}
