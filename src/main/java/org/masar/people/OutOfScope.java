package org.masar.people;

import org.masar.shared.ForbiddenException;

/** The person is outside the user's scopes (their baladiya is not one the user works in): a 403. */
public class OutOfScope extends ForbiddenException {

    public OutOfScope(PersonId id) {
        super("people.out-of-scope", id);
    }
}
