package org.masar.referrals;

import java.util.Locale;
import java.util.Optional;

/** How a referral ended, as its receiver records it. Labels {@code referrals.outcome.<code>}. */
public enum ReferralOutcome {
    SERVICE_DELIVERED,
    NOT_REACHABLE,
    REFUSED_BY_PERSON,
    NOT_ELIGIBLE,
    REFERRED_ONWARD,
    OTHER;

    /** The API's and the database's spelling ({@code service-delivered}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReferralOutcome> of(String code) {
        for (ReferralOutcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
