package org.masar.referrals;

import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.people.PersonId;

/**
 * Which referrals a list shows, among those the user may see.
 *
 * @param box whose referrals: sent by the user, received by their organisation or office, or all they may see
 * @param overdue only those still unanswered after the time their urgency allows
 * @param consentOverridden only those sent without consent by an override (for supervisors)
 */
public record ReferralFilter(
        Box box,
        @Nullable ReferralStatus status,
        boolean overdue,
        boolean consentOverridden,
        @Nullable String service,
        @Nullable PersonId person,
        @Nullable CaseId caseId) {

    /** Whose referrals. */
    public enum Box {
        /** Sent by the user. */
        SENT,
        /** Sent to the user's organisation (partners) or office (internal units). */
        RECEIVED,
        /** Every referral the user may see. */
        ALL
    }

    public static ReferralFilter of(Box box) {
        return new ReferralFilter(box, null, false, false, null, null, null);
    }
}
