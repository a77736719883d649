package org.masar.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A cash cycle to create; every field is checked at once (a 400 naming each one in error). */
public record CashCycleDraft(
        @Nullable String name,
        @Nullable String programme,
        @Nullable String project,
        @Nullable String purpose,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String baladiya) {}
