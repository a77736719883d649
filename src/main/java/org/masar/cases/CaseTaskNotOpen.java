package org.masar.cases;

import org.masar.shared.ConflictException;

/** The task is already done or cancelled, so it can no longer be changed: a 409. */
public class CaseTaskNotOpen extends ConflictException {

    public CaseTaskNotOpen(CaseTaskId id, CaseTaskStatus status) {
        super("cases.task-not-open", id, status);
    }
}
