package org.masar.referrals;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;

/**
 * Who provides services: an office of the mission (internal) or a partner organisation.
 *
 * @param services codes of the services it provides
 */
public record Provider(
        ProviderId id,
        @Nullable OfficeId office,
        @Nullable OrganisationId organisation,
        String nameEn,
        String nameAr,
        List<String> services,
        boolean active) {

    public Provider {
        services = List.copyOf(services);
    }

    public boolean internal() {
        return office != null;
    }
}
