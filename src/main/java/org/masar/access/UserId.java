package org.masar.access;

import java.util.UUID;

/** The opaque public id of a user account. */
public record UserId(UUID value) {

    /** Reads an id from a path or a form; an invalid text throws {@link IllegalArgumentException}. */
    public static UserId parse(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
