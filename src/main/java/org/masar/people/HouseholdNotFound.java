package org.masar.people;

import org.masar.shared.NotFoundException;

/** No household has this id (or the id is not one): a 404. */
public class HouseholdNotFound extends NotFoundException {

    public HouseholdNotFound(Object id) {
        super("people.household-not-found", id);
    }
}
