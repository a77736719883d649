package org.masar.people.internal.matching;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine looks at about one person.
 *
 * @param sex 'M' or 'F'
 * @param nationality ISO 3166-1 alpha-3
 * @param phones as given, in any format
 * @param baladiya the P-code of the baladiya the person is registered in
 */
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
        List<DocumentInput> documents,
        @Nullable String baladiya) {}
