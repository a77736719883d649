package org.masar.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A household: its head and members, with its past members kept. Members are named by id only: a reader who may read
 * the head may not be allowed to read every member, and opens each one (checked and audited) through {@link People}.
 *
 * @param members the current members, the head first, then by the day they joined
 * @param past the memberships that ended, most recent first
 * @param dissolvedAt when its last member left, or null
 */
public record Household(
        HouseholdId id,
        PersonId head,
        Instant createdAt,
        String createdBy,
        @Nullable Instant dissolvedAt,
        List<Membership> members,
        List<Membership> past) {

    public Household {
        members = List.copyOf(members);
        past = List.copyOf(past);
    }
}
