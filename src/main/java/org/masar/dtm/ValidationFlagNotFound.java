package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** The round has no validation flag with this id: a 404. */
public class ValidationFlagNotFound extends NotFoundException {

    public ValidationFlagNotFound(Object id) {
        super("dtm.flag-not-found", id);
    }
}
