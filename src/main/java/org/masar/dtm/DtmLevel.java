package org.masar.dtm;

import java.util.Locale;

/**
 * The levels figures are given at: Libya as a whole, then the gazetteer's four levels. In JSON and query parameters a
 * level is written in lower case ({@code libya|region|mantika|baladiya|muhalla}).
 */
public enum DtmLevel {
    LIBYA(2),
    REGION(4),
    MANTIKA(6),
    BALADIYA(8),
    MUHALLA(10);

    private final int codeLength;

    DtmLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** How many characters of a P-code name the unit at this level ({@code LY} for Libya). */
    public int codeLength() {
        return codeLength;
    }

    /** The level as JSON and query parameters write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a level as a client writes it (any case); {@link UnknownLevel} (400) otherwise. */
    public static DtmLevel parse(String text) {
        for (DtmLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new UnknownLevel(text);
    }
}
