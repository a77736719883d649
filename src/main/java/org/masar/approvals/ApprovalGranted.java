package org.masar.approvals;

/** A checker approved the command and its handler ran. Carries the id only. */
public record ApprovalGranted(ApprovalId id) {}
