package org.masar.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something to record: an action code ({@code geo.site.created}, {@code access.sign-in}, {@code people.restricted-read}),
 * its outcome, what it touched (type and public id, never a name), why, and a few non-personal details.
 *
 * @param actor who acted, when it is not the signed-in user (a failed sign-in names the account tried); else null
 */
public record AuditEvent(
        String action,
        AuditOutcome outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String reason,
        Map<String, String> details,
        @Nullable String actor) {

    public AuditEvent {
        if (!action.matches("[a-z]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("An audit action is a dotted lower-case code: " + action);
        }
        details = Map.copyOf(details);
    }

    /** A successful action on nothing in particular (a sign-in, a search). */
    public static AuditEvent of(String action) {
        return new AuditEvent(action, AuditOutcome.SUCCESS, null, null, null, Map.of(), null);
    }

    /** A successful action on one record. */
    public static AuditEvent of(String action, String subjectType, String subjectId) {
        return new AuditEvent(action, AuditOutcome.SUCCESS, subjectType, subjectId, null, Map.of(), null);
    }

    public AuditEvent withOutcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, newOutcome, subjectType, subjectId, reason, details, actor);
    }

    public AuditEvent because(@Nullable String why) {
        return new AuditEvent(action, outcome, subjectType, subjectId, why, details, actor);
    }

    public AuditEvent by(String who) {
        return new AuditEvent(action, outcome, subjectType, subjectId, reason, details, who);
    }

    /** Adds one detail; values are short codes or counts, never personal data. */
    public AuditEvent with(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEvent(action, outcome, subjectType, subjectId, reason, more, actor);
    }
}
