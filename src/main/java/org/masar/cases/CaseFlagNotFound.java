package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No current flag of this case has this id: a 404. */
public class CaseFlagNotFound extends NotFoundException {

    public CaseFlagNotFound(Object id) {
        super("cases.flag-not-found", id);
    }
}
