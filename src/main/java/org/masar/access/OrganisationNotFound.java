package org.masar.access;

import org.masar.shared.NotFoundException;

/** No organisation has this id. */
public class OrganisationNotFound extends NotFoundException {

    public OrganisationNotFound(OrganisationId id) {
        super("access.organisation-not-found", id.toString());
    }
}
