package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** The round has no such version, or the caller may not see it (an unpublished version for a reader): a 404. */
public class RoundVersionNotFound extends NotFoundException {

    public RoundVersionNotFound(RoundId round, Object version) {
        super("dtm.version-not-found", round, version);
    }
}
