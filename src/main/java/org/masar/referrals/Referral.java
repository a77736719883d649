package org.masar.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.cases.CaseId;
import org.masar.people.PersonId;

/**
 * A referral as its reader may see it. A partner's user reads only what was shared: the person's and the case's ids,
 * the sender's reason and any override's justification are null for them.
 *
 * @param shared the values copied at send time, by field code ({@code names}, {@code age}…)
 * @param consentBasis {@code consent}, {@code internal} or {@code override}
 * @param overdue whether it is still unanswered after the time its urgency allows
 * @param version the optimistic lock an answer must quote
 */
public record Referral(
        ReferralId id,
        String number,
        @Nullable PersonId person,
        @Nullable CaseId caseId,
        String service,
        ProviderId provider,
        @Nullable OrganisationId toOrganisation,
        @Nullable OfficeId toOffice,
        String urgency,
        Instant dueAt,
        boolean overdue,
        List<SharedField> sharedFields,
        Map<String, String> shared,
        String consentBasis,
        ReferralStatus status,
        Instant sentAt,
        String sentBy,
        @Nullable OfficeId fromOffice,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable String declineReason,
        @Nullable Instant completedAt,
        @Nullable String completedBy,
        @Nullable ReferralOutcome outcome,
        @Nullable String outcomeNote,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokeReason,
        @Nullable String reason,
        @Nullable String overrideReason,
        @Nullable UUID servicePlanItem,
        int version) {

    public Referral {
        sharedFields = List.copyOf(sharedFields);
        shared = Map.copyOf(shared);
    }

    /** Whether it went to a partner without the person's consent, by an audited override. */
    public boolean consentOverridden() {
        return "override".equals(consentBasis);
    }

    /** Whether it goes to an office of the mission. */
    public boolean internal() {
        return toOffice != null;
    }
}
