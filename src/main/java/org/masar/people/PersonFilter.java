package org.masar.people;

import org.jspecify.annotations.Nullable;

/**
 * What a list of people is narrowed to; every part may be missing.
 *
 * @param text a name in either script (spelling-tolerant), a registration number, a document number or a phone number
 * @param nationality ISO 3166-1 alpha-3
 * @param baladiya a baladiya's P-code
 */
public record PersonFilter(
        @Nullable String text,
        @Nullable Sex sex,
        @Nullable AgeBand ageBand,
        @Nullable String nationality,
        @Nullable PopulationGroup populationGroup,
        @Nullable String baladiya) {

    /** No filter at all. */
    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null, null);
    }
}
