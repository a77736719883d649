package org.masar.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The band of an age, and of a person on a given day from a date of birth or an estimate that keeps ageing. */
class AgeBandTests {

    @Test
    void eachBandStartsAtItsYoungestAgeAndTheTopOneIsOpen() {
        assertThat(List.of(0, 4, 5, 11, 12, 17, 18, 59, 60, 130).stream()
                        .map(AgeBand::of)
                        .toList())
                .containsExactly(
                        AgeBand.UNDER_5,
                        AgeBand.UNDER_5,
                        AgeBand.FROM_5_TO_11,
                        AgeBand.FROM_5_TO_11,
                        AgeBand.FROM_12_TO_17,
                        AgeBand.FROM_12_TO_17,
                        AgeBand.FROM_18_TO_59,
                        AgeBand.FROM_18_TO_59,
                        AgeBand.FROM_60,
                        AgeBand.FROM_60);
    }

    @Test
    void aPersonIsCountedInTheBandTheyWereInOnTheDay() {
        PersonRecord born2008 = person(LocalDate.of(2008, 6, 15), null, null);
        assertThat(born2008.ageBandOn(LocalDate.of(2026, 6, 14))).isEqualTo(AgeBand.FROM_12_TO_17);
        assertThat(born2008.ageBandOn(LocalDate.of(2026, 6, 15))).isEqualTo(AgeBand.FROM_18_TO_59);

        // Estimated 4 years old in March 2024: 5 by March 2025, as the estimate keeps ageing.
        PersonRecord estimated = person(null, 4, LocalDate.of(2024, 3, 1));
        assertThat(estimated.ageBandOn(LocalDate.of(2025, 2, 28))).isEqualTo(AgeBand.UNDER_5);
        assertThat(estimated.ageBandOn(LocalDate.of(2025, 3, 1))).isEqualTo(AgeBand.FROM_5_TO_11);

        assertThat(person(null, null, null).ageBandOn(LocalDate.of(2026, 1, 1))).isNull();
    }

    private static PersonRecord person(
            @Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAge, @Nullable LocalDate estimatedOn) {
        PersonDetails details = new PersonDetails(
                new PersonNames(new NamePart(null, "Amina"), NamePart.NONE, NamePart.NONE, NamePart.NONE),
                Sex.F,
                dateOfBirth,
                estimatedAge,
                estimatedOn,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        return new PersonRecord(
                PersonId.random(),
                "R-1",
                details,
                null,
                false,
                java.time.Instant.now(),
                "x",
                java.time.Instant.now(),
                "x",
                null,
                1);
    }
}
