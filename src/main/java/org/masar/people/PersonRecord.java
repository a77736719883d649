package org.masar.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's whole record, for users whose scope covers them. Reading it is audited.
 *
 * @param age in whole years today (null when neither a date of birth nor an estimate is known)
 * @param mergedInto the survivor, when this record was merged into another
 * @param version the optimistic lock a correction must quote
 */
public record PersonRecord(
        PersonId id,
        String registrationNumber,
        PersonDetails details,
        @Nullable Integer age,
        boolean hasPhoto,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable PersonId mergedInto,
        int version) {

    /** The names, for short. */
    public PersonNames names() {
        return details.names();
    }

    /** Whether this record was merged into another (its survivor). */
    public boolean merged() {
        return mergedInto != null;
    }

    /** Whether the date of birth is an estimate. */
    public boolean ageEstimated() {
        return details.dateOfBirth() == null && details.estimatedAge() != null;
    }

    /** The person's documents. */
    public List<IdentityDocument> documents() {
        return details.documents();
    }

    /** The date of birth when known. */
    public @Nullable LocalDate dateOfBirth() {
        return details.dateOfBirth();
    }

    /**
     * The age band on a day, from the date of birth or the one an estimate implies; null when neither is known. Reports
     * count people by the band they were in when they were served.
     */
    public @Nullable AgeBand ageBandOn(LocalDate day) {
        LocalDate born = details.dateOfBirth();
        if (born == null && details.estimatedAge() != null && details.ageEstimatedOn() != null) {
            born = details.ageEstimatedOn().minusYears(details.estimatedAge());
        }
        return born == null
                ? null
                : AgeBand.of(java.time.Period.between(born, day).getYears());
    }
}
