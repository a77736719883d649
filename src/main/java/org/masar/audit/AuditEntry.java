package org.masar.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One recorded entry as the viewer and the API show it.
 *
 * @param hash the hex MAC of the entry's link in the chain, or null while the chainer has not linked it yet
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        @Nullable String clientAddress,
        @Nullable String userAgent,
        String action,
        AuditOutcome outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String reason,
        Map<String, String> details,
        @Nullable String hash) {}
