package org.masar.approvals;

/**
 * What a command type does once approved. A module registers one Spring bean per command type it owns; types are
 * unique across the application.
 */
public interface ApprovalHandler {

    /** The command type this handler owns, e.g. {@code dtm.round-publication}. */
    String type();

    /**
     * Does the command. Runs in the approving transaction, as the approver: if it throws, nothing is approved and the
     * problem reaches the approver.
     */
    void approved(Approval approval);

    /** Told that a checker rejected the command (in the rejecting transaction); nothing by default. */
    default void rejected(Approval approval) {}

    /** Told that the maker withdrew the command (in the withdrawing transaction); nothing by default. */
    default void withdrawn(Approval approval) {}
}
