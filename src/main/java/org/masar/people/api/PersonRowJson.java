package org.masar.people.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonSummary;

/** One person of a list. */
record PersonRowJson(
        String id,
        String registrationNumber,
        @Nullable NamePartJson givenName,
        @Nullable NamePartJson fatherName,
        @Nullable NamePartJson grandfatherName,
        @Nullable NamePartJson familyName,
        String sex,
        @Nullable Integer age,
        @Nullable String nationality,
        @Nullable String populationGroup,
        @Nullable String baladiya,
        Instant registeredAt) {

    static PersonRowJson of(PersonSummary person) {
        return new PersonRowJson(
                person.id().toString(),
                person.registrationNumber(),
                NamePartJson.of(person.names().given()),
                NamePartJson.of(person.names().father()),
                NamePartJson.of(person.names().grandfather()),
                NamePartJson.of(person.names().family()),
                person.sex().name(),
                person.age(),
                person.nationality(),
                person.populationGroup() == null
                        ? null
                        : person.populationGroup().code(),
                person.baladiya(),
                person.registeredAt());
    }
}
