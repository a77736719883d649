package org.masar.approvals;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A recorded command's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record ApprovalId(UUID value) implements PublicId {

    /** A new random id. */
    public static ApprovalId random() {
        return new ApprovalId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no command, so it is an {@link ApprovalNotFound}. */
    public static ApprovalId parse(String text) {
        try {
            return new ApprovalId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new ApprovalNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
