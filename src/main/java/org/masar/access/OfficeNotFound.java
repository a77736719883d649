package org.masar.access;

import org.masar.shared.NotFoundException;

/** No office has this id. */
public class OfficeNotFound extends NotFoundException {

    public OfficeNotFound(OfficeId id) {
        super("access.office-not-found", id.toString());
    }
}
