package org.masar.dtm;

import org.masar.shared.ConflictException;

/** Only a published version can be corrected: a 409. */
public class NotPublished extends ConflictException {

    public NotPublished(RoundId round) {
        super("dtm.not-published", round);
    }
}
