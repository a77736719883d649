package org.masar.dtm;

/** Where a version of a round stands: planned → collecting → validating → published. Published versions are frozen. */
public enum RoundStatus {
    /** Created; nothing may be entered yet. */
    PLANNED,
    /** Enumerators enter and import assessments. */
    COLLECTING,
    /** Validation has run; flags are confirmed or fixed (figures may still be corrected) before publication. */
    VALIDATING,
    /** Approved by a second DTM officer and frozen; readable by everyone with {@code dtm:read}. */
    PUBLISHED;

    /** Whether assessments, coverage gaps and imports may still change in a version in this status. */
    public boolean open() {
        return this == COLLECTING || this == VALIDATING;
    }
}
