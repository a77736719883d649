package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No note has this id on the case, or the current user may not know of it: a 404. */
public class CaseNoteNotFound extends NotFoundException {

    public CaseNoteNotFound(Object id) {
        super("cases.note-not-found", id);
    }
}
