package org.masar.people;

import org.masar.shared.NotFoundException;

/** The person has no consent with this id: a 404. */
public class ConsentNotFound extends NotFoundException {

    public ConsentNotFound(Object id) {
        super("people.consent-not-found", id);
    }
}
