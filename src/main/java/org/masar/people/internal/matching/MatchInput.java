package org.masar.people.internal.matching;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record MatchInput(
        NameText given,
        NameText father,
        NameText grandfather,
        NameText family,
        char sex,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer estimatedAge,
        @Nullable LocalDate ageEstimatedOn,
        @Nullable String nationality,
        List<String> phones,
        List<DocumentInput> documents) {}
