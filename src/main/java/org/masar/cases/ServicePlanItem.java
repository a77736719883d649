package org.masar.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One service of a case's plan.
 *
 * @param deliveredByType what delivered it ({@code referrals.referral}, {@code assistance.distribution}, or
 *     {@value ServicePlans#MANUAL} when a caseworker recorded it by hand)
 * @param deliveredById that record's id (none for a manual delivery)
 */
public record ServicePlanItem(
        ServicePlanItemId id,
        CaseId caseId,
        ServicePlanService service,
        @Nullable String details,
        ServicePlanStatus status,
        Instant plannedAt,
        String plannedBy,
        @Nullable Instant deliveredAt,
        @Nullable String deliveredBy,
        @Nullable String deliveredByType,
        @Nullable UUID deliveredById,
        @Nullable Instant cancelledAt,
        @Nullable String cancelledBy,
        @Nullable String cancelReason) {}
