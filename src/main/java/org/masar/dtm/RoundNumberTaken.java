package org.masar.dtm;

import org.masar.shared.ConflictException;

/** Another round already has this number: a 409. */
public class RoundNumberTaken extends ConflictException {

    public RoundNumberTaken(int number) {
        super("dtm.round-number-taken", number);
    }
}
