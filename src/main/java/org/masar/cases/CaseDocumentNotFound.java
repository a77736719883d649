package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No document has this id on the case, or the current user may not know of it: a 404. */
public class CaseDocumentNotFound extends NotFoundException {

    public CaseDocumentNotFound(Object id) {
        super("cases.document-not-found", id);
    }
}
