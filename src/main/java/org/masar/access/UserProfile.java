package org.masar.access;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything an administrator sets on an account besides its username and password: used to create and to update.
 *
 * @param preferredLanguage {@code en} or {@code ar}
 * @param roles role codes; each must exist
 * @param baladiyaScope P-codes of baladiya ({@code LY} and six digits)
 */
public record UserProfile(
        String displayName,
        @Nullable String email,
        @Nullable OrganisationId organisationId,
        @Nullable OfficeId officeId,
        @Nullable UserId supervisorId,
        String preferredLanguage,
        Set<String> roles,
        Set<OfficeId> officeScope,
        Set<String> baladiyaScope,
        Set<Programme> programmeScope) {

    public UserProfile {
        roles = Set.copyOf(roles);
        officeScope = Set.copyOf(officeScope);
        baladiyaScope = Set.copyOf(baladiyaScope);
        programmeScope = Set.copyOf(programmeScope);
    }
}
