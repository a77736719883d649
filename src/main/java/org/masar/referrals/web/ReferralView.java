package org.masar.referrals.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.referrals.Provider;
import org.masar.referrals.Referral;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ServiceType;
import org.masar.referrals.SharedField;
import org.masar.referrals.Urgency;
import org.springframework.context.MessageSource;

/**
 * A referral as a page shows it, every label resolved in the user's language.
 *
 * @param shared the shared fields, each with its label and value, in the order chosen
 * @param steps the answers the user may give now (accept, decline, complete, revoke)
 */
record ReferralView(
        String id,
        String number,
        String service,
        String provider,
        boolean internal,
        String urgency,
        String status,
        String statusLabel,
        boolean overdue,
        boolean overridden,
        Instant sentAt,
        String sentBy,
        Instant dueAt,
        List<Shared> shared,
        @Nullable String person,
        @Nullable String caseId,
        @Nullable String reason,
        @Nullable String overrideReason,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable String declineReason,
        @Nullable Instant completedAt,
        @Nullable String outcome,
        @Nullable String outcomeNote,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokeReason,
        int version,
        Set<String> steps) {

    /** One shared field: its label and its value as sent. */
    record Shared(String code, String label, String value) {}

    /** The catalogue's and the bundles' labels, looked up once per page. */
    record Labels(
            Map<String, ServiceType> services,
            Map<String, Urgency> urgencies,
            Map<String, Provider> providers,
            MessageSource messages,
            Locale locale) {

        boolean arabic() {
            return "ar".equals(locale.getLanguage());
        }

        String service(String code) {
            ServiceType service = services.get(code);
            return service == null ? code : arabic() ? service.nameAr() : service.nameEn();
        }

        String urgency(String code) {
            Urgency urgency = urgencies.get(code);
            return urgency == null ? code : arabic() ? urgency.nameAr() : urgency.nameEn();
        }

        String provider(String id) {
            Provider provider = providers.get(id);
            return provider == null ? id : arabic() ? provider.nameAr() : provider.nameEn();
        }

        String message(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }

    static ReferralView of(Referral r, Labels labels, Set<String> steps) {
        List<Shared> shared = new ArrayList<>();
        for (SharedField field : r.sharedFields()) {
            String value = r.shared().get(field.code());
            if (value != null) {
                String shown = field == SharedField.SEX ? labels.message("referrals.sex." + value) : value;
                shared.add(new Shared(field.code(), labels.message("referrals.field." + field.code()), shown));
            }
        }
        ReferralOutcome outcome = r.outcome();
        return new ReferralView(
                r.id().toString(),
                r.number(),
                labels.service(r.service()),
                labels.provider(r.provider().toString()),
                r.internal(),
                labels.urgency(r.urgency()),
                r.status().code(),
                labels.message("referrals.status." + r.status().code()),
                r.overdue(),
                r.consentOverridden(),
                r.sentAt(),
                r.sentBy(),
                r.dueAt(),
                shared,
                r.person() == null ? null : r.person().toString(),
                r.caseId() == null ? null : r.caseId().toString(),
                r.reason(),
                r.overrideReason(),
                r.answeredAt(),
                r.answeredBy(),
                r.declineReason(),
                r.completedAt(),
                outcome == null ? null : labels.message("referrals.outcome." + outcome.code()),
                r.outcomeNote(),
                r.revokedAt(),
                r.revokedBy(),
                r.revokeReason(),
                r.version(),
                steps);
    }
}
