package org.masar.geo;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** Coordinates that do not lie within Libya's bounding box (see {@link Coordinates}): a 400. */
public class CoordinatesOutsideLibya extends ProblemException {

    public CoordinatesOutsideLibya(double latitude, double longitude) {
        super("geo.coordinates-outside-libya", HttpStatus.BAD_REQUEST, latitude, longitude);
    }
}
