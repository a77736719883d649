package org.masar.dtm;

import org.masar.shared.ConflictException;

/** Validation flags are still open: each must be fixed or confirmed with a reason before the version is published: a 409. */
public class OpenValidationFlags extends ConflictException {

    public OpenValidationFlags(RoundId round, long open) {
        super("dtm.open-flags", round, open);
    }
}
