package org.masar.cases;

import org.masar.shared.ConflictException;

/** Only a closed case can be reopened: a 409. */
public class CaseNotClosed extends ConflictException {

    public CaseNotClosed(String status) {
        super("cases.not-closed", status);
    }
}
