package org.masar.referrals;

import org.masar.shared.ConflictException;

/** A referral is made only from an open case: a 409. */
public class CaseNotOpen extends ConflictException {

    public CaseNotOpen(Object caseId, String status) {
        super("referrals.case-not-open", caseId, status);
    }
}
