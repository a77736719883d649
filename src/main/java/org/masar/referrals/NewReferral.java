package org.masar.referrals;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.people.PersonId;

/**
 * A referral to send: of a person, or from a case (whose person it is; when both are given they must agree).
 *
 * @param service a code of the catalogue ({@code medical})
 * @param urgency {@code emergency}, {@code high} or {@code normal}
 * @param share the fields whose values are copied into the referral for the receiver
 * @param overrideReason why the referral goes to a partner without the person's consent to share with it (a
 *     life-saving emergency); needs {@code referrals:override-consent}
 * @param servicePlanItem the case's service-plan item this referral delivers, if any
 */
public record NewReferral(
        @Nullable PersonId person,
        @Nullable CaseId caseId,
        String service,
        @Nullable ProviderId provider,
        String urgency,
        String reason,
        List<SharedField> share,
        @Nullable String overrideReason,
        @Nullable UUID servicePlanItem) {

    public NewReferral {
        share = List.copyOf(share);
    }
}
