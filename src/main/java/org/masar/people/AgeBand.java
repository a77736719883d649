package org.masar.people;

import org.jspecify.annotations.Nullable;

/** The age bands lists filter by and reports count by (the humanitarian standard bands). */
public enum AgeBand {
    UNDER_5(0, 4),
    FROM_5_TO_11(5, 11),
    FROM_12_TO_17(12, 17),
    FROM_18_TO_59(18, 59),
    FROM_60(60, null);

    private final int from;
    private final @Nullable Integer to;

    AgeBand(int from, @Nullable Integer to) {
        this.from = from;
        this.to = to;
    }

    /** The youngest age in the band, in whole years. */
    public int from() {
        return from;
    }

    /** The oldest age in the band, in whole years; null for the open top band. */
    public @Nullable Integer to() {
        return to;
    }

    /** The band of an age in whole years (a negative age, a birth after the day asked, is counted under 5). */
    public static AgeBand of(int years) {
        for (AgeBand band : values()) {
            if (band.to == null || years <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("The top band is open");
    }
}
