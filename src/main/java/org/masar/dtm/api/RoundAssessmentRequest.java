package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.AssessmentEntry;
import org.masar.dtm.KeyInformant;

/**
 * One unit's assessment: {@code {"assessedOn", "figures": {"idps.ind": 120, …}, "keyInformants": [{"role", "sex",
 * "organisationType"}], "priorityNeeds": {"idps": ["food", "shelter", …]}}}.
 *
 * @param assessedOn the day of the assessment, optional
 * @param figures counts by figure key
 * @param keyInformants who informed it, never by name
 * @param priorityNeeds per population, the sectors ranked, most pressing first
 */
record RoundAssessmentRequest(
        @Schema(example = "2026-01-20") @Nullable LocalDate assessedOn,

        @Schema(example = "{\"idps.ind\": 120, \"idps.hh\": 24}")
        @Size(max = 1000, message = "{dtm.assessment.too-many}")
        @Nullable
        Map<String, Long> figures,

        @Size(max = 50, message = "{dtm.assessment.too-many}") @Nullable
        List<KeyInformant> keyInformants,

        @Size(max = 3, message = "{dtm.assessment.too-many}") @Nullable
        Map<String, List<String>> priorityNeeds) {

    AssessmentEntry toEntry() {
        return new AssessmentEntry(
                assessedOn,
                figures == null ? Map.of() : figures,
                keyInformants == null ? List.of() : keyInformants,
                priorityNeeds == null ? Map.of() : priorityNeeds);
    }
}
