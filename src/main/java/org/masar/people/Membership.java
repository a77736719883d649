package org.masar.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stay of a person in a household: from joining to leaving. A move closes one membership and opens another; none
 * is overwritten.
 *
 * @param relationship to the household's head ({@link Relationship#HEAD} for the head)
 * @param leftAt when the person left, or null while they belong to it
 * @param leftBecause {@code moved} (joined another household) or {@code left}, or null while they belong to it
 */
public record Membership(
        HouseholdId household,
        PersonId person,
        Relationship relationship,
        Instant joinedAt,
        String joinedBy,
        @Nullable Instant leftAt,
        @Nullable String leftBy,
        @Nullable String leftBecause) {

    /** Whether the person belongs to the household now. */
    public boolean current() {
        return leftAt == null;
    }
}
