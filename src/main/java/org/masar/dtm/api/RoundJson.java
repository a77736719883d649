package org.masar.dtm.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.RoundVersion;

/**
 * A round in JSON. {@code status} is the latest version's; {@code versions} is given by the detail only.
 */
record RoundJson(
        String id,
        int number,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal changeThreshold,
        int version,
        String status,
        @Nullable Integer publishedVersion,
        @Nullable Instant publishedAt,
        boolean publicationPending,
        Instant createdAt,
        String createdBy,
        @Nullable List<VersionJson> versions) {

    static RoundJson of(RoundSummary round, @Nullable List<RoundVersion> versions) {
        return new RoundJson(
                round.id().toString(),
                round.number(),
                round.periodStart(),
                round.periodEnd(),
                round.changeThreshold(),
                round.version(),
                round.status().name(),
                round.publishedVersion(),
                round.publishedAt(),
                round.publicationPending(),
                round.createdAt(),
                round.createdBy(),
                versions == null ? null : versions.stream().map(VersionJson::of).toList());
    }

    /** One version of a round. */
    record VersionJson(
            String id,
            int version,
            String status,
            @Nullable String correctionReason,
            @Nullable String publicationRequest,
            @Nullable Instant publishedAt,
            @Nullable String publishedBy,
            @Nullable String approvedBy,
            Instant createdAt,
            String createdBy) {

        static VersionJson of(RoundVersion v) {
            return new VersionJson(
                    v.id().toString(),
                    v.version(),
                    v.status().name(),
                    v.correctionReason(),
                    v.publicationRequest(),
                    v.publishedAt(),
                    v.publishedBy(),
                    v.approvedBy(),
                    v.createdAt(),
                    v.createdBy());
        }
    }
}
