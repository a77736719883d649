package org.masar.cases;

/** How a list of cases is ordered; ties always fall back to the case's id, so pages never overlap. */
public enum CaseListOrder {
    /** Last updated first. */
    UPDATED,
    /** Open cases first, each group last updated first: what a caseworker works on comes on top. */
    OPEN_FIRST
}
