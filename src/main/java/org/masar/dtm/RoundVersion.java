package org.masar.dtm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a round: version 1 is the collection itself, each next one a correction of a published version.
 *
 * @param id the version's id (the subject of its publication request)
 * @param version its number
 * @param status where it stands
 * @param correctionReason why it was opened; null for version 1
 * @param publicationRequest the maker-checker command waiting for a decision, if any
 * @param publishedAt when it was published
 * @param publishedBy who asked for the publication (the maker)
 * @param approvedBy who approved it (the checker)
 * @param createdAt when it was opened
 * @param createdBy who opened it
 */
public record RoundVersion(
        RoundVersionId id,
        int version,
        RoundStatus status,
        @Nullable String correctionReason,
        @Nullable String publicationRequest,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        @Nullable String approvedBy,
        Instant createdAt,
        String createdBy) {}
