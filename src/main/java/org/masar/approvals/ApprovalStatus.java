package org.masar.approvals;

/** Where a recorded command stands. Only a pending command may change; the others are final. */
public enum ApprovalStatus {
    /** Recorded, waiting for a checker; nothing has happened yet. */
    PENDING,
    /** A checker approved it and its handler ran. */
    APPROVED,
    /** A checker rejected it with a reason; it was never run. */
    REJECTED,
    /** Its maker withdrew it; it was never run. */
    WITHDRAWN
}
