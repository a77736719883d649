package org.masar.approvals;

/** The maker withdrew the command; it was not run. Carries the id only. */
public record ApprovalWithdrawn(ApprovalId id) {}
