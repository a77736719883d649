package org.masar.referrals;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A referral's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record ReferralId(UUID value) implements PublicId {

    /** A new random id. */
    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
