package org.masar.referrals;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;

/** A provider to add to the catalogue: exactly one of an office of the mission or a partner organisation. */
public record NewProvider(
        @Nullable OfficeId office, @Nullable OrganisationId organisation, List<String> services) {

    public NewProvider {
        services = List.copyOf(services);
    }
}
