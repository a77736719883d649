package org.masar.people;

import org.masar.shared.NotFoundException;

/** No person has this id (or the id is not one). Also the answer for a deleted person. */
public class PersonNotFound extends NotFoundException {

    public PersonNotFound(Object id) {
        super("people.person-not-found", id);
    }
}
