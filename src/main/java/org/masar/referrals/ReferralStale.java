package org.masar.referrals;

import org.masar.shared.ConflictException;

/** Someone changed the referral since the caller read it (another tab, another phone): a 409; reload and retry. */
public class ReferralStale extends ConflictException {

    public ReferralStale(ReferralId id) {
        super("referrals.stale", id);
    }
}
