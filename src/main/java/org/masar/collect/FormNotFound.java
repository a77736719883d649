package org.masar.collect;

import org.masar.shared.NotFoundException;

/** No form has this id (or version, or media file), or the caller may not see it: a 404. */
public class FormNotFound extends NotFoundException {

    public FormNotFound(String formId) {
        super("collect.form-not-found", formId);
    }
}
