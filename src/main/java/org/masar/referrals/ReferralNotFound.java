package org.masar.referrals;

import org.masar.shared.NotFoundException;

/** No referral has this id, or the user may not see it (a partner once it is no longer open): a 404. */
public class ReferralNotFound extends NotFoundException {

    public ReferralNotFound(Object id) {
        super("referrals.not-found", id);
    }
}
