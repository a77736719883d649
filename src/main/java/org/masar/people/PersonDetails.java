package org.masar.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * What a user records about a person: to register one, to check for duplicates, and to correct one. Everything but
 * the sex and one name part may be missing. Values are checked by {@link People}, which names every field in error.
 *
 * @param estimatedAge an age estimated on {@code ageEstimatedOn}, when the date of birth is unknown
 * @param nationality ISO 3166-1 alpha-3
 * @param languages ISO 639 codes of the languages the person speaks
 * @param phones phone numbers in whatever format they were given
 * @param baladiya the P-code of the baladiya the person lives in now
 * @param site the site the person is at now
 */
public record PersonDetails(
        PersonNames names,
        @Nullable Sex sex,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer estimatedAge,
        @Nullable LocalDate ageEstimatedOn,
        @Nullable String nationality,
        @Nullable PopulationGroup populationGroup,
        List<String> languages,
        List<String> phones,
        List<IdentityDocument> documents,
        @Nullable String baladiya,
        @Nullable SiteId site) {

    public PersonDetails {
        languages = List.copyOf(languages);
        phones = List.copyOf(phones);
        documents = List.copyOf(documents);
    }
}
