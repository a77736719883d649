package org.masar.geo;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A site's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record SiteId(UUID value) implements PublicId {

    /** A new random id. */
    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no site, so it is a {@link SiteNotFound}. */
    public static SiteId parse(String text) {
        try {
            return new SiteId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new SiteNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
