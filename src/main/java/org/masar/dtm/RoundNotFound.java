package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** No round has this id, or the caller may not see it (an unpublished round for a reader with only {@code dtm:read}): a 404. */
public class RoundNotFound extends NotFoundException {

    public RoundNotFound(Object id) {
        super("dtm.round-not-found", id);
    }
}
