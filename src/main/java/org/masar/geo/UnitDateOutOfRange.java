package org.masar.geo;

import java.time.LocalDate;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A unit's validity date outside {@value #EARLIEST}..{@value #LATEST}: a 400. Beyond them a date is a typing mistake,
 * and far beyond them it no longer fits the database's dates (one far enough wrapped round to a date of this century).
 */
public class UnitDateOutOfRange extends ProblemException {

    /** The first day a unit's validity may name. */
    public static final String EARLIEST = "1900-01-01";

    /** The last day a unit's validity may name. */
    public static final String LATEST = "9999-12-31";

    public UnitDateOutOfRange(LocalDate date) {
        super("geo.unit-date-out-of-range", HttpStatus.BAD_REQUEST, date.toString(), EARLIEST, LATEST);
    }

    /** Throws when {@code date} lies outside the range. */
    public static void check(LocalDate date) {
        if (date.isBefore(LocalDate.parse(EARLIEST)) || date.isAfter(LocalDate.parse(LATEST))) {
            throw new UnitDateOutOfRange(date);
        }
    }
}
