package org.masar.referrals;

import org.masar.shared.ConflictException;

/**
 * The person has not consented to share their details with this partner (or withdrew it): nothing is sent. A user
 * holding {@code referrals:override-consent} may send it anyway with a recorded reason. A 409.
 */
public class ConsentMissing extends ConflictException {

    public ConsentMissing(Object person, Object partner) {
        super("referrals.consent-missing", person, partner);
    }
}
