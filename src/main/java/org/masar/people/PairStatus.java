package org.masar.people;

import java.util.Locale;

/** Where a likely duplicate pair stands in the review queue. */
public enum PairStatus {
    /** Waiting for a supervisor. */
    OPEN,
    /** The two records were merged. */
    MERGED,
    /** A supervisor decided they are two people: the pair is never proposed again. */
    NOT_SAME;

    /** The code the database and the API use ({@code open}, {@code merged}, {@code not_same}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PairStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
