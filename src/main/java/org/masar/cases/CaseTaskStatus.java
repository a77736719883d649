package org.masar.cases;

/** Where a task stands: open until done or cancelled; neither of those ends is left. */
public enum CaseTaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
