package org.masar.cases;

import org.masar.shared.ConflictException;

/** The case is being transferred; the receiver answers first (or the sender cancels): a 409. */
public class CaseTransferPending extends ConflictException {

    public CaseTransferPending(String caseNumber) {
        super("cases.transfer-pending", caseNumber);
    }
}
