package org.masar.geo;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A text that is not a P-code at all ({@code LY} and two, four, six or eight digits): a 400. */
public class InvalidPCode extends ProblemException {

    public InvalidPCode(String text) {
        super("geo.pcode-invalid", HttpStatus.BAD_REQUEST, text);
    }
}
