package org.masar.collect;

import java.util.UUID;
import org.masar.shared.PublicId;

/** A stored submission's opaque id (one per instance a phone sent; an edit is a new submission of the same record). */
public record SubmissionId(UUID value) implements PublicId {

    /** Reads an id from a path; a malformed value is an {@link IllegalArgumentException}. */
    public static SubmissionId parse(String value) {
        return new SubmissionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
