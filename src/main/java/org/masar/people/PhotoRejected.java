package org.masar.people;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** The upload is not a JPEG or PNG picture Masar can read, or it is too large: a 400. */
public class PhotoRejected extends ProblemException {

    public PhotoRejected() {
        super("people.photo-rejected", HttpStatus.BAD_REQUEST);
    }
}
