package org.masar.dtm;

import org.masar.shared.ConflictException;

/** Nothing may be entered, imported or validated unless the round's latest version is collecting or validating: a 409. */
public class RoundNotOpen extends ConflictException {

    public RoundNotOpen(RoundId round, RoundStatus status) {
        super("dtm.version-not-open", round, status);
    }
}
