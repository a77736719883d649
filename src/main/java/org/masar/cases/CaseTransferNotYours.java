package org.masar.cases;

import org.masar.shared.ForbiddenException;

/** Only the transfer's receiver answers it, and only its sender (or the case's assignee) cancels it: a 403. */
public class CaseTransferNotYours extends ForbiddenException {

    public CaseTransferNotYours(Object id) {
        super("cases.transfer-not-yours", id);
    }
}
