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

    /**
     * The page, relative to the application ({@code /dtm/rounds/…}), where a checker reviews what the command would
     * do before deciding it; none by default. A checker should never approve what they cannot see.
     */
    default java.util.Optional<String> subjectPage(Approval approval) {
        return java.util.Optional.empty();
    }
}
