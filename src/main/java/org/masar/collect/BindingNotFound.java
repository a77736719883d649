package org.masar.collect;

import org.masar.shared.NotFoundException;

/** The form has no binding: a 404. */
public class BindingNotFound extends NotFoundException {

    public BindingNotFound(String formId) {
        super("collect.binding-not-found", formId);
    }
}
