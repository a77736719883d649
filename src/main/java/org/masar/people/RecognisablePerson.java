package org.masar.people;

import org.jspecify.annotations.Nullable;

/**
 * A person as shown to someone outside their scope (a duplicate candidate, one side of a merge): only what is needed to
 * recognise them. Showing it is audited.
 *
 * @param age in whole years today, from the date of birth or the estimate (null when neither is known)
 */
public record RecognisablePerson(
        PersonId id,
        String registrationNumber,
        PersonNames names,
        Sex sex,
        @Nullable Integer age,
        @Nullable String nationality) {}
