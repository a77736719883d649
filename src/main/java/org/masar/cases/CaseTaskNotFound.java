package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No task has this id on the case, or the current user may not know of it: a 404. */
public class CaseTaskNotFound extends NotFoundException {

    public CaseTaskNotFound(Object id) {
        super("cases.task-not-found", id);
    }
}
