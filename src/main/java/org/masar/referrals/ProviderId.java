package org.masar.referrals;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A provider's opaque public id (an office of the mission or a partner organisation, as a provider of services).
 *
 * @param value the UUID
 */
public record ProviderId(UUID value) implements PublicId {

    /** A new random id. */
    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
