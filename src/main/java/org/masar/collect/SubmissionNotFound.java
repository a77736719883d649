package org.masar.collect;

import org.masar.shared.NotFoundException;

/** The form has no such submission (or attachment of it), or the caller may not read it: a 404. */
public class SubmissionNotFound extends NotFoundException {

    public SubmissionNotFound(String formId, String what) {
        super("collect.submission-not-found", formId, what);
    }
}
