package org.masar.referrals;

import org.masar.shared.ConflictException;

/** The step does not fit the referral's status (accepting a declined one, revoking a done one): a 409. */
public class ReferralNotInState extends ConflictException {

    public ReferralNotInState(ReferralId id, ReferralStatus status) {
        super("referrals.wrong-status", id, status.code());
    }
}
