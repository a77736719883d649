package org.masar.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of a list of people, within the user's scope. */
public record PersonSummary(
        PersonId id,
        String registrationNumber,
        PersonNames names,
        Sex sex,
        @Nullable Integer age,
        @Nullable String nationality,
        @Nullable PopulationGroup populationGroup,
        @Nullable String baladiya,
        Instant registeredAt) {}
