package org.masar.geo;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A site type that does not exist: a 400. */
public class UnknownSiteType extends ProblemException {

    public UnknownSiteType(String text) {
        super("geo.site-type-unknown", HttpStatus.BAD_REQUEST, text);
    }
}
