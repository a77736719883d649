package org.masar.cases;

import org.masar.shared.ConflictException;

/**
 * The step needs an open case, and this one is not (closed, transferred or merged): a 409. Every module's step on a
 * case (a task, a referral made from it) answers with this one problem.
 */
public class CaseNotOpen extends ConflictException {

    public CaseNotOpen(Object caseId, String status) {
        super("cases.not-open", caseId, status);
    }
}
