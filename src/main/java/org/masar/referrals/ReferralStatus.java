package org.masar.referrals;

import java.util.Locale;
import java.util.Optional;

/** Where a referral is: sent, then accepted or declined, then done; or revoked by its sender. Labels {@code referrals.status.<code>}. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    DONE,
    REVOKED;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the receiver still has it in hand (partners see only these). */
    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }

    public static Optional<ReferralStatus> of(String code) {
        for (ReferralStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
