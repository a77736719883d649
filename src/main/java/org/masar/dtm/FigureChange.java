package org.masar.dtm;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a unit against the previous published round.
 *
 * @param value this round's count
 * @param previous the previous published round's count, null when it had none
 * @param difference value − previous, null without a previous count
 * @param share the difference as a share of the previous count (0.25 = +25 %), null without a previous count above 0
 */
public record FigureChange(
        long value,
        @Nullable Long previous,
        @Nullable Long difference,
        @Nullable Double share) {

    /** The change from a previous count, if any. */
    public static FigureChange of(long value, @Nullable Long previous) {
        if (previous == null) {
            return new FigureChange(value, null, null, null);
        }
        long difference = value - previous;
        return new FigureChange(value, previous, difference, previous == 0 ? null : (double) difference / previous);
    }
}
