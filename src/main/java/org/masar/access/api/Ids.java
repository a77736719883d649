package org.masar.access.api;

import java.util.UUID;
import org.masar.shared.NotFoundException;

/** Path ids: a text that is not an id names nothing, so it is a 404 rather than a server error. */
final class Ids {

    private Ids() {}

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not-found");
        }
    }
}
