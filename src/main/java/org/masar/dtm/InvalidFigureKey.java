package org.masar.dtm;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A figure key outside the grammar of {@link FigureKey}: a 400. */
public class InvalidFigureKey extends ProblemException {

    public InvalidFigureKey(String key) {
        super("dtm.invalid-figure-key", HttpStatus.BAD_REQUEST, key.length() > 80 ? key.substring(0, 80) : key);
    }
}
