package org.masar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.geo.SiteId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * A service to record as delivered. Nulls where the caller gave nothing: the recorder names every missing or wrong
 * field at once.
 *
 * @param type a {@link ServiceType} code
 * @param quantity how much, with its unit (both or neither)
 * @param site where, a geo site; and/or the baladiya's P-code
 * @param deliveredOn the day in Libya's time, never in the future
 * @param programme an {@code access.Programme} name
 * @param project a free project code
 * @param caseId a case the service was planned in, with the plan's item it delivers
 */
public record ServiceDraft(
        @Nullable PersonId person,
        @Nullable HouseholdId household,
        @Nullable String type,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable SiteId site,
        @Nullable String baladiya,
        @Nullable LocalDate deliveredOn,
        @Nullable String programme,
        @Nullable String project,
        @Nullable CaseId caseId,
        @Nullable UUID servicePlanItem) {}
