package org.masar.dtm;

/** What came of an import: all rows written, or none because at least one row was wrong. */
public enum ImportOutcome {
    IMPORTED,
    REFUSED
}
