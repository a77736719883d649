package org.masar.approvals;

/** A user recorded a command for a second user's decision. Carries the id only. */
public record ApprovalRequested(ApprovalId id) {}
