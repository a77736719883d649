package org.masar.audit;

/** How the recorded action ended. */
public enum AuditOutcome {
    /** Done as asked. */
    SUCCESS,
    /** Refused for lack of permission, scope or consent. */
    DENIED,
    /** Attempted and failed (a wrong password, invalid input). */
    FAILURE
}
