package org.masar.dtm;

/** How a validation flag stands. */
public enum FlagStatus {
    /** Found; a DTM officer must confirm it or the figure be fixed before publication. */
    OPEN,
    /** A DTM officer confirmed the figure is right, with a reason. */
    CONFIRMED,
    /** A later validation no longer found it: the figure was fixed. */
    FIXED
}
