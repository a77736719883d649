package org.masar.assistance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * A distribution as planned.
 *
 * @param site and/or {@code baladiya}: where (when both, the baladiya must be the site's)
 * @param warehouse the warehouse its stock leaves from (one the stock ledger knows)
 * @param serviceType the kind of service it delivers (an {@code assistance_service_type} code)
 * @param perHousehold whether one beneficiary stands for a household (its members may collect)
 * @param items what each beneficiary receives
 * @param targeting the targeting criteria agreed with the community
 * @param programme an {@code access.Programme} name
 */
public record DistributionDraft(
        @Nullable String name,
        @Nullable SiteId site,
        @Nullable String baladiya,
        @Nullable LocalDate plannedOn,
        @Nullable SiteId warehouse,
        @Nullable String serviceType,
        boolean perHousehold,
        List<DistributionItem> items,
        @Nullable String targeting,
        @Nullable String programme,
        @Nullable String project) {

    public DistributionDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
