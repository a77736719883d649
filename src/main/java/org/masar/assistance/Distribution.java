package org.masar.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * A distribution as stored.
 *
 * @param status {@code planned}, {@code open} (hand-overs accepted) or {@code closed} (reconciled)
 * @param listed beneficiaries on its list; {@code served}: those who received it
 * @param version changes whenever the list or its hand-overs change
 * @param reconciliation kept when closed
 */
public record Distribution(
        DistributionId id,
        String name,
        @Nullable SiteId site,
        @Nullable String siteNameEn,
        @Nullable String siteNameAr,
        @Nullable String baladiya,
        LocalDate plannedOn,
        SiteId warehouse,
        String warehouseCode,
        String serviceType,
        boolean perHousehold,
        List<DistributionItem> items,
        @Nullable String targeting,
        String programme,
        @Nullable String project,
        String status,
        int listed,
        int served,
        long version,
        Instant createdAt,
        String createdBy,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        @Nullable DistributionReconciliation reconciliation) {

    public static final String PLANNED = "planned";
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public Distribution {
        items = List.copyOf(items);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public boolean closed() {
        return CLOSED.equals(status);
    }
}
