package org.masar.people;

import org.masar.shared.NotFoundException;

/** No version of a screening questionnaire has this id: a 404. */
public class ScreeningVersionNotFound extends NotFoundException {

    public ScreeningVersionNotFound(Object id) {
        super("people.screening-version-not-found", id);
    }
}
