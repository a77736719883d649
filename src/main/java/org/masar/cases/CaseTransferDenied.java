package org.masar.cases;

import org.masar.shared.ForbiddenException;

/** A restricted case is handed over only by who may pass it on, to a named user they may assign it to (the database's rule): a 403. */
public class CaseTransferDenied extends ForbiddenException {

    public CaseTransferDenied(String caseNumber) {
        super("cases.transfer-denied", caseNumber);
    }
}
