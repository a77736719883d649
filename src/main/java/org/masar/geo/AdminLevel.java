package org.masar.geo;

/** The four levels of OCHA's Libya hierarchy, and how long their P-codes are. */
public enum AdminLevel {
    /** Admin 1: East, West, South ({@code LY01}). */
    REGION(4),
    /** Admin 2: the 22 mantika ({@code LY0101}). */
    MANTIKA(6),
    /** Admin 3: the 100 baladiya, the municipalities ({@code LY010101}). */
    BALADIYA(8),
    /** Admin 4: the muhalla, neighbourhoods of a baladiya ({@code LY01010101}). */
    MUHALLA(10);

    private final int codeLength;

    AdminLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The number of characters of a P-code at this level. */
    public int codeLength() {
        return codeLength;
    }

    /** The level of a P-code of the given length. */
    static AdminLevel ofCodeLength(int length) {
        for (AdminLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        throw new IllegalArgumentException("No level has P-codes of length " + length);
    }
}
