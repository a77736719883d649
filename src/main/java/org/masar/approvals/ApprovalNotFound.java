package org.masar.approvals;

import org.masar.shared.NotFoundException;

/** No command has this id, or the current user may not see it (neither its maker nor a possible checker): a 404. */
public class ApprovalNotFound extends NotFoundException {

    public ApprovalNotFound(Object id) {
        super("approvals.not-found", id);
    }
}
