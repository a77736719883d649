package org.masar.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the audit viewer searches by; every part is optional. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable AuditOutcome outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
