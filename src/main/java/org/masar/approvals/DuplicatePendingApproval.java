package org.masar.approvals;

import org.masar.shared.ConflictException;

/** A command of the same type and subject is already waiting for a decision: a 409. */
public class DuplicatePendingApproval extends ConflictException {

    public DuplicatePendingApproval(String type, String subject) {
        super("approvals.duplicate-pending", type, subject);
    }
}
