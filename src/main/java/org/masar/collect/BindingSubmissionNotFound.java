package org.masar.collect;

import org.masar.shared.NotFoundException;

/** The form has no such submission: a 404. */
public class BindingSubmissionNotFound extends NotFoundException {

    public BindingSubmissionNotFound(String formId, String submissionId) {
        super("collect.binding-submission-not-found", formId, submissionId);
    }
}
