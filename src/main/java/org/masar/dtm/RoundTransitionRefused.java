package org.masar.dtm;

import org.masar.shared.ConflictException;

/** The round's version is not in a status this step starts from (collecting a published round, publishing a planned one…): a 409. */
public class RoundTransitionRefused extends ConflictException {

    public RoundTransitionRefused(RoundId round, RoundStatus status, String step) {
        super("dtm.transition-refused", round, status, step);
    }
}
