package org.masar.people.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonDetails;
import org.masar.people.PersonRecord;

/**
 * A person's whole record.
 *
 * @param age in whole years today
 * @param mergedInto the survivor's id, when this record was merged into another
 * @param version quote it to correct or delete the record
 */
record PersonJson(
        String id,
        String registrationNumber,
        @Nullable NamePartJson givenName,
        @Nullable NamePartJson fatherName,
        @Nullable NamePartJson grandfatherName,
        @Nullable NamePartJson familyName,
        String sex,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer estimatedAge,
        @Nullable LocalDate ageEstimatedOn,
        @Nullable Integer age,
        @Nullable String nationality,
        @Nullable String populationGroup,
        List<String> languages,
        List<String> phones,
        List<DocumentJson> documents,
        @Nullable String baladiya,
        @Nullable String site,
        boolean hasPhoto,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable String mergedInto,
        int version) {

    static PersonJson of(PersonRecord person) {
        PersonDetails d = person.details();
        return new PersonJson(
                person.id().toString(),
                person.registrationNumber(),
                NamePartJson.of(d.names().given()),
                NamePartJson.of(d.names().father()),
                NamePartJson.of(d.names().grandfather()),
                NamePartJson.of(d.names().family()),
                java.util.Objects.requireNonNull(d.sex()).name(),
                d.dateOfBirth(),
                d.estimatedAge(),
                d.ageEstimatedOn(),
                person.age(),
                d.nationality(),
                d.populationGroup() == null ? null : d.populationGroup().code(),
                d.languages(),
                d.phones(),
                d.documents().stream().map(DocumentJson::of).toList(),
                d.baladiya(),
                d.site() == null ? null : d.site().toString(),
                person.hasPhoto(),
                person.registeredAt(),
                person.registeredBy(),
                person.updatedAt(),
                person.updatedBy(),
                person.mergedInto() == null ? null : person.mergedInto().toString(),
                person.version());
    }
}
