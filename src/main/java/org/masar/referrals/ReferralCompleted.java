package org.masar.referrals;

import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.cases.ServicePlanItemId;

/**
 * A referral's receiver recorded how it ended. Published in the completing transaction; listeners act after it
 * commits (the case's service plan learns of a delivery), so that a partner's completion never waits on, or fails
 * with, the state of a plan they cannot see.
 *
 * @param caseId the case the referral was made from, if any
 * @param servicePlanItem the item of that case's service plan the referral was sent to deliver, if any
 */
public record ReferralCompleted(
        ReferralId referral,
        @Nullable CaseId caseId,
        @Nullable ServicePlanItemId servicePlanItem,
        ReferralOutcome outcome) {}
