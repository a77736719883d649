package org.masar.access;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A user account's opaque public identifier. Other modules keep it to say who did or owns something (a case's
 * assignee, a note's author); it is never a database sequence and never a username, which may change.
 */
public record UserId(UUID value) implements PublicId {

    /** Reads an id from a path or form value; a malformed value is an {@link IllegalArgumentException}. */
    public static UserId parse(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
