package org.masar.people;

import org.masar.shared.NotFoundException;

/** The engine never proposed these two persons as a pair. */
public class PairNotFound extends NotFoundException {

    public PairNotFound(PersonId one, PersonId other) {
        super("people.pair-not-found", one, other);
    }
}
