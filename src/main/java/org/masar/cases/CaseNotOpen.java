package org.masar.cases;

import org.masar.shared.ConflictException;

/** The step needs an open case, and this one is not (closed, transferred or merged): a 409. */
public class CaseNotOpen extends ConflictException {

    public CaseNotOpen(String status) {
        super("cases.not-open", status);
    }
}
