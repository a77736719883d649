package org.masar.dtm;

import org.masar.shared.ConflictException;

/** The flag was already confirmed or fixed: a 409. */
public class FlagNotOpen extends ConflictException {

    public FlagNotOpen(ValidationFlagId id) {
        super("dtm.flag-not-open", id);
    }
}
