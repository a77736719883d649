package org.masar.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case's history: who did what and when.
 *
 * @param kind {@code opened}, {@code stage.moved}, {@code stage.requested}, {@code stage.rejected}, {@code closed},
 *     {@code reopened}, {@code transfer.requested}, {@code flag.added}…
 */
public record CaseEvent(
        Instant occurredAt,
        String actor,
        String kind,
        @Nullable String fromStage,
        @Nullable String toStage,
        @Nullable String status,
        @Nullable String reason) {}
