package org.masar.dtm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One unit's assessment as an enumerator enters it; it replaces what the version held for the unit.
 *
 * @param assessedOn the day of the assessment, if known
 * @param figures counts by {@link FigureKey} ({@code idps.ind}, {@code migrants.ind.f.children}…), each at least 0
 * @param keyInformants who informed it, without names
 * @param priorityNeeds per population ({@code idps}, {@code returnees}, {@code migrants}), the sectors ranked, most
 *     pressing first, among food, health, shelter, nfi, wash, protection, education, livelihoods
 */
public record AssessmentEntry(
        @Nullable LocalDate assessedOn,
        Map<String, Long> figures,
        List<KeyInformant> keyInformants,
        Map<String, List<String>> priorityNeeds) {

    /** The sectors priority needs are ranked among. */
    public static final List<String> SECTORS =
            List.of("food", "health", "shelter", "nfi", "wash", "protection", "education", "livelihoods");
}
