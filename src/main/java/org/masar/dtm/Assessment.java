package org.masar.dtm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One unit's assessment in one version of a round.
 *
 * @param pcode the baladiya's or muhalla's P-code
 * @param level {@code baladiya} or {@code muhalla}
 * @param nameEn the unit's English name
 * @param nameAr the unit's Arabic name
 * @param version the round version it belongs to
 * @param assessedOn the day of the assessment, if known
 * @param source {@code entry}, {@code import:<import id>} or {@code correction:<version>}
 * @param figures counts by figure key
 * @param keyInformants who informed it
 * @param priorityNeeds per population, the sectors ranked
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record Assessment(
        String pcode,
        String level,
        String nameEn,
        String nameAr,
        int version,
        @Nullable LocalDate assessedOn,
        String source,
        Map<String, Long> figures,
        List<KeyInformant> keyInformants,
        Map<String, List<String>> priorityNeeds,
        Instant updatedAt,
        String updatedBy) {}
