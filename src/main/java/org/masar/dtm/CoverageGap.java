package org.masar.dtm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit a version did not assess, and why.
 *
 * @param pcode the unit's P-code
 * @param nameEn its English name
 * @param nameAr its Arabic name
 * @param reason one of {@link #REASONS}
 * @param note free text, if any
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record CoverageGap(
        String pcode,
        String nameEn,
        String nameAr,
        String reason,
        @Nullable String note,
        Instant recordedAt,
        String recordedBy) {

    /** Why a unit may go unassessed. */
    public static final List<String> REASONS =
            List.of("insecurity", "no-access", "no-key-informant", "not-planned", "other");
}
