package org.masar.cases;

/**
 * A move a case type allows between two of its stages; any other is refused.
 *
 * @param needsApproval whether the move is recorded as a {@code cases.stage-change} command (approvals) that a
 *     supervisor holding {@code cases:approve} approves, instead of happening at once
 */
public record CaseTransition(String from, String to, boolean needsApproval) {}
