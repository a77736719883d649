package org.masar.cases;

import org.masar.shared.ConflictException;

/** The transfer was answered or cancelled already: a 409. */
public class CaseTransferNotPending extends ConflictException {

    public CaseTransferNotPending(String status) {
        super("cases.transfer-not-pending", status);
    }
}
