package org.masar.assistance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A survey to create: whose recipients (source and its id) and how many to draw, either a size or a percentage.
 *
 * @param seed the seed of the draw; a random one when not given (kept with the survey either way)
 */
public record MonitoringNewSurvey(
        @Nullable String source,
        @Nullable UUID sourceId,
        @Nullable String title,
        @Nullable Integer sampleSize,
        @Nullable Integer samplePercent,
        @Nullable Long seed) {}
