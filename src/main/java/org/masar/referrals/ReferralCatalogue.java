package org.masar.referrals;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The catalogue referrals are made from: services, urgencies and providers, all data. */
public interface ReferralCatalogue {

    /** The active services, in the catalogue's order. Any signed-in user. */
    List<ServiceType> services();

    /** The urgencies, most urgent first. Any signed-in user. */
    List<Urgency> urgencies();

    /** The active providers (of this service, when given), with their names. Any signed-in user. */
    List<Provider> providers(@Nullable String service);

    /**
     * Adds a provider; needs {@code referrals:manage-services}; audited.
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold
     */
    Provider addProvider(NewProvider provider);
}
