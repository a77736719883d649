package org.masar.dtm.api;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.ValidationFlag;

/**
 * A validation flag: {@code {"id", "rule", "pcode", "figureKey", "detail": {…}, "status": "OPEN|CONFIRMED|FIXED",
 * "reason", "foundAt", "settledAt", "settledBy"}}.
 */
record RoundFlagJson(
        String id,
        String rule,
        String pcode,
        @Nullable String figureKey,
        Map<String, Object> detail,
        String status,
        @Nullable String reason,
        Instant foundAt,
        @Nullable Instant settledAt,
        @Nullable String settledBy) {

    static RoundFlagJson of(ValidationFlag flag) {
        return new RoundFlagJson(
                flag.id().toString(),
                flag.rule(),
                flag.pcode(),
                flag.figureKey(),
                flag.detail(),
                flag.status().name(),
                flag.reason(),
                flag.foundAt(),
                flag.settledAt(),
                flag.settledBy());
    }
}
