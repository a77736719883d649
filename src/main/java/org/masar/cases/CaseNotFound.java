package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No case has this id, or the current user may not know of it: a 404. */
public class CaseNotFound extends NotFoundException {

    public CaseNotFound(Object id) {
        super("cases.not-found", id);
    }
}
