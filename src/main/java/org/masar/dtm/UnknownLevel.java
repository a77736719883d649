package org.masar.dtm;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A level other than libya, region, mantika, baladiya or muhalla: a 400. */
public class UnknownLevel extends ProblemException {

    public UnknownLevel(String level) {
        super("dtm.unknown-level", HttpStatus.BAD_REQUEST, level.length() > 40 ? level.substring(0, 40) : level);
    }
}
