package org.masar.approvals;

/** A checker rejected the command with a reason; it was not run. Carries the id only. */
public record ApprovalRejected(ApprovalId id) {}
