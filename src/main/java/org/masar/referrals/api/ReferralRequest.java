package org.masar.referrals.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral to send.
 *
 * @param person the person's id (or give {@code caseId}; when both, the case's person)
 * @param caseId the case it is made from
 * @param service a service code of {@code /api/v1/referral-services}
 * @param provider a provider's id of {@code /api/v1/referral-services/providers}
 * @param urgency {@code emergency}, {@code high} or {@code normal}
 * @param reason why, for the mission (shared only when {@code reason} is among the fields to share)
 * @param share the fields to share: registration-number, names, sex, age, nationality, phones, languages, baladiya,
 *     reason, case-type
 * @param overrideReason for a partner the person gave no sharing consent to: why it must go anyway (life-saving
 *     emergency); needs {@code referrals:override-consent}
 * @param servicePlanItem the case's service-plan item it delivers
 */
record ReferralRequest(
        @Nullable UUID person,
        @Nullable UUID caseId,
        @Nullable String service,
        @Nullable UUID provider,
        @Nullable String urgency,
        @Nullable String reason,
        @Nullable List<String> share,
        @Nullable String overrideReason,
        @Nullable UUID servicePlanItem) {}
