package org.masar.access;

import java.util.UUID;
import org.masar.shared.PublicId;

/** The opaque public id of an office. */
public record OfficeId(UUID value) implements PublicId {

    /** Reads an id from a path or a form; an invalid text throws {@link IllegalArgumentException}. */
    public static OfficeId parse(String text) {
        return new OfficeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
