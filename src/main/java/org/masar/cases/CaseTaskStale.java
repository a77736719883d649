package org.masar.cases;

import org.masar.shared.ConflictException;

/** Someone changed the task since the caller read it (another phone, another tab): a 409, nothing overwritten. */
public class CaseTaskStale extends ConflictException {

    public CaseTaskStale(CaseTaskId id) {
        super("cases.task-stale", id);
    }
}
