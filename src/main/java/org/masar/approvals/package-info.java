/**
 * Approvals: the one four-eyes mechanism (maker-checker) of Masar. A module records a command ({@link
 * org.masar.approvals.Approvals#request}); nothing happens until a second user, who holds the command's permission
 * (and scope over its baladiya) and is never its maker, approves it ({@link org.masar.approvals.Approvals#approve}),
 * which runs the owning module's {@link org.masar.approvals.ApprovalHandler} in the same transaction, or rejects it
 * with a reason. Every step is audited; the queue is a page ({@code /approvals}) and an API ({@code
 * /api/v1/approvals}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Approvals",
        allowedDependencies = {"geo", "access", "audit"})
@NullMarked
package org.masar.approvals;

import org.jspecify.annotations.NullMarked;
