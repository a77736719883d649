package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A PDM survey of the recipients of a distribution or cash cycle, with its sample's size and seed and how far its
 * interviews have come.
 *
 * @param questionnaire the number of the questionnaire version its interviews answer
 * @param population how many distinct persons had received from the source when the sample was drawn
 */
public record MonitoringSurvey(
        UUID id,
        String source,
        UUID sourceId,
        String title,
        int questionnaire,
        String programme,
        @Nullable String baladiya,
        int population,
        int sampleSize,
        @Nullable Integer samplePercent,
        long seed,
        Instant createdAt,
        String createdBy,
        int interviewed,
        int notReached,
        int refused) {

    /** Sampled persons with no outcome yet. */
    public int pending() {
        return sampleSize - interviewed - notReached - refused;
    }
}
