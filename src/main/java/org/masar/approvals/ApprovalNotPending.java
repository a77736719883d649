package org.masar.approvals;

import org.masar.shared.ConflictException;

/** The command was already approved, rejected or withdrawn (perhaps a moment ago, by someone else): a 409. */
public class ApprovalNotPending extends ConflictException {

    public ApprovalNotPending(ApprovalId id, ApprovalStatus status) {
        super("approvals.not-pending", id, status);
    }
}
