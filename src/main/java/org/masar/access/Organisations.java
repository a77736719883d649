package org.masar.access;

import java.util.List;
import java.util.Optional;

/** Organisations: the mission and its partners. Changes need {@code access:manage} and are audited. */
public interface Organisations {

    /** Every organisation, active first, by code. Needs {@code access:manage}. */
    List<Organisation> list();

    Optional<Organisation> find(OrganisationId id);

    /** @throws OrganisationNotFound when there is no such organisation */
    Organisation get(OrganisationId id);

    /** @throws CodeTaken when the code is used already */
    Organisation create(OrganisationDraft draft);

    Organisation update(OrganisationId id, OrganisationDraft draft, int version);

    /** Deactivates or reactivates; an inactive organisation is kept for history but not offered in forms. */
    Organisation setActive(OrganisationId id, boolean active);
}
