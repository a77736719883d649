package org.masar.referrals.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.referrals.Provider;

/**
 * A provider as the API sends it.
 *
 * @param office the office of the mission, for an internal unit
 * @param organisation the partner organisation
 * @param services the service codes it provides
 */
record ProviderJson(
        String id,
        @Nullable String office,
        @Nullable String organisation,
        String nameEn,
        String nameAr,
        List<String> services,
        boolean active) {

    static ProviderJson of(Provider p) {
        return new ProviderJson(
                p.id().toString(),
                p.office() == null ? null : p.office().toString(),
                p.organisation() == null ? null : p.organisation().toString(),
                p.nameEn(),
                p.nameAr(),
                p.services(),
                p.active());
    }
}
