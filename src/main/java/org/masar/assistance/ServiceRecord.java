package org.masar.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.geo.SiteId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/** A service delivered to a person (and their household), as recorded; voided with a reason when it was wrong. */
public record ServiceRecord(
        ServiceId id,
        PersonId person,
        @Nullable HouseholdId household,
        String type,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable SiteId site,
        @Nullable String baladiya,
        LocalDate deliveredOn,
        String programme,
        @Nullable String project,
        @Nullable CaseId caseId,
        @Nullable UUID servicePlanItem,
        Instant recordedAt,
        String recordedBy,
        @Nullable Instant voidedAt,
        @Nullable String voidedBy,
        @Nullable String voidReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
