package org.masar.cases;

import org.masar.shared.ConflictException;

/** A move of the case waits for a supervisor's approval; nothing else moves it meanwhile: a 409. */
public class CaseApprovalPending extends ConflictException {

    public CaseApprovalPending(String stage) {
        super("cases.approval-pending", stage);
    }
}
