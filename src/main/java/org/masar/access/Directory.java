package org.masar.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names to show for the users, offices and organisations other modules hold ids of (a case's assignee, a referral's
 * receiving organisation, a distribution's office). Any signed-in user may ask, without {@code access:manage}: it
 * answers names only, never contact details, roles or scopes.
 *
 * <p>Ask once per page or list with every id on it; ids that name nothing are left out of the answer, so a caller
 * shows its own placeholder for them.
 */
public interface Directory {

    /** Users' display names by id. */
    Map<UserId, String> userNames(Collection<UserId> users);

    /** Offices' names by id. */
    Map<OfficeId, BilingualName> officeNames(Collection<OfficeId> offices);

    /** Organisations' names by id. */
    Map<OrganisationId, BilingualName> organisationNames(Collection<OrganisationId> organisations);

    /**
     * Whether the organisation exists and is active: an inactive one is kept for history, but nothing new (a consent
     * to share with it, a referral to it) may name it.
     */
    boolean isActiveOrganisation(OrganisationId organisation);

    /** One user's display name. */
    default Optional<String> userName(UserId user) {
        return Optional.ofNullable(userNames(List.of(user)).get(user));
    }

    /** One office's name. */
    default Optional<BilingualName> officeName(OfficeId office) {
        return Optional.ofNullable(officeNames(List.of(office)).get(office));
    }

    /** One organisation's name. */
    default Optional<BilingualName> organisationName(OrganisationId organisation) {
        return Optional.ofNullable(organisationNames(List.of(organisation)).get(organisation));
    }
}
