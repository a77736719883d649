package org.masar.people.api;

import org.jspecify.annotations.Nullable;
import org.masar.people.RecognisablePerson;

/** What is needed to recognise a person, and nothing more. */
record RecognisableJson(
        String id,
        String registrationNumber,
        @Nullable NamePartJson givenName,
        @Nullable NamePartJson fatherName,
        @Nullable NamePartJson grandfatherName,
        @Nullable NamePartJson familyName,
        String sex,
        @Nullable Integer age,
        @Nullable String nationality) {

    static RecognisableJson of(RecognisablePerson person) {
        return new RecognisableJson(
                person.id().toString(),
                person.registrationNumber(),
                NamePartJson.of(person.names().given()),
                NamePartJson.of(person.names().father()),
                NamePartJson.of(person.names().grandfather()),
                NamePartJson.of(person.names().family()),
                person.sex().name(),
                person.age(),
                person.nationality());
    }
}
