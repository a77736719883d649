package org.masar.dtm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A round as lists and details show it: its latest version's number and status, and its latest published version.
 *
 * @param id the round's public id
 * @param number the round's number
 * @param periodStart first day of data collection
 * @param periodEnd last day of data collection
 * @param changeThreshold the share of change from the previous round that is flagged
 * @param version the latest version's number (1 unless corrected)
 * @param status the latest version's status
 * @param versionId the latest version's id
 * @param publishedVersion the highest published version, if any
 * @param publishedAt when that version was published
 * @param publicationPending whether the latest version's publication waits for a second officer
 * @param createdAt when the round was planned
 * @param createdBy who planned it
 */
public record RoundSummary(
        RoundId id,
        int number,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal changeThreshold,
        int version,
        RoundStatus status,
        RoundVersionId versionId,
        @Nullable Integer publishedVersion,
        @Nullable Instant publishedAt,
        boolean publicationPending,
        Instant createdAt,
        String createdBy) {}
