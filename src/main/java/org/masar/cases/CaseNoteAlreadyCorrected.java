package org.masar.cases;

import org.masar.shared.ConflictException;

/** The note already has a correction: correct that one instead (a note has at most one correction), a 409. */
public class CaseNoteAlreadyCorrected extends ConflictException {

    public CaseNoteAlreadyCorrected(CaseNoteId id) {
        super("cases.note-already-corrected", id);
    }
}
