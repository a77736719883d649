package org.masar.collect;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A media file uploaded with a form is not one the form names. A 400; nothing of the upload is kept. */
public class FormMediaUnknown extends ProblemException {

    public FormMediaUnknown(String filename) {
        super("collect.form-media-unknown", HttpStatus.BAD_REQUEST, filename);
    }
}
