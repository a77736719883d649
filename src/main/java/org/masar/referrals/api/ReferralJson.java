package org.masar.referrals.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.referrals.Referral;
import org.masar.referrals.SharedField;

/**
 * A referral as the API sends it. For a partner's user, {@code person}, {@code caseId}, {@code reason} and {@code
 * overrideReason} are null: they read only what was shared.
 *
 * @param status sent, accepted, declined, done or revoked
 * @param shared the shared values by field
 * @param consentBasis consent, internal or override
 * @param overdue still unanswered after the time its urgency allows
 * @param version quote it in answers
 */
record ReferralJson(
        String id,
        String number,
        @Nullable String person,
        @Nullable String caseId,
        String service,
        String provider,
        @Nullable String toOrganisation,
        @Nullable String toOffice,
        String urgency,
        Instant dueAt,
        boolean overdue,
        List<String> sharedFields,
        Map<String, String> shared,
        String consentBasis,
        String status,
        Instant sentAt,
        String sentBy,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable String declineReason,
        @Nullable Instant completedAt,
        @Nullable String completedBy,
        @Nullable String outcome,
        @Nullable String outcomeNote,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokeReason,
        @Nullable String reason,
        @Nullable String overrideReason,
        @Nullable UUID servicePlanItem,
        int version) {

    static ReferralJson of(Referral r) {
        return new ReferralJson(
                r.id().toString(),
                r.number(),
                r.person() == null ? null : r.person().toString(),
                r.caseId() == null ? null : r.caseId().toString(),
                r.service(),
                r.provider().toString(),
                r.toOrganisation() == null ? null : r.toOrganisation().toString(),
                r.toOffice() == null ? null : r.toOffice().toString(),
                r.urgency(),
                r.dueAt(),
                r.overdue(),
                r.sharedFields().stream().map(SharedField::code).toList(),
                r.shared(),
                r.consentBasis(),
                r.status().code(),
                r.sentAt(),
                r.sentBy(),
                r.answeredAt(),
                r.answeredBy(),
                r.declineReason(),
                r.completedAt(),
                r.completedBy(),
                r.outcome() == null ? null : r.outcome().code(),
                r.outcomeNote(),
                r.revokedAt(),
                r.revokedBy(),
                r.revokeReason(),
                r.reason(),
                r.overrideReason(),
                r.servicePlanItem(),
                r.version());
    }
}
