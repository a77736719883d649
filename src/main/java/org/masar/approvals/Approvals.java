package org.masar.approvals;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * The four-eyes mechanism (maker-checker): a command one user records and a second user decides.
 *
 * <p>A module that owns a command type registers one {@link ApprovalHandler} bean for it and calls {@link #request};
 * nothing else happens until a checker approves it, when the handler runs in the approving transaction. The checker
 * must hold the command's {@link NewApproval#permission() permission}, cover its {@link NewApproval#baladiya()
 * baladiya} when it names one, and never be its maker (the same user id, whatever session or API token they use).
 * Every step is audited.
 */
public interface Approvals {

    /**
     * Records a {@link ApprovalStatus#PENDING} command made by the current user (the maker); nothing else happens.
     * Throws {@link DuplicatePendingApproval} (409) when a command of the same type and subject is already pending
     * (it writes nothing and leaves the caller's transaction usable), and {@link IllegalStateException} when no
     * handler is registered for the type or the command is malformed (a programming error).
     */
    Approval request(NewApproval command);

    /**
     * Approves a pending command as the current user, who must hold its permission (and scope over its baladiya when
     * it names one) and must not be its maker ({@link OwnCommand}). Runs the type's handler in the same transaction:
     * if the handler throws, nothing is approved and the problem propagates. {@link ApprovalNotPending} (409) when it
     * was decided or withdrawn meanwhile, also when another checker approved it at the same moment.
     */
    Approval approve(ApprovalId id);

    /**
     * Rejects a pending command with a reason ({@link RejectionReasonMissing}, 400, when blank); the same rights as
     * {@link #approve}. The command is never run.
     */
    Approval reject(ApprovalId id, String reason);

    /** Withdraws a pending command; only its maker may ({@link ApprovalForbidden} otherwise). */
    Approval withdraw(ApprovalId id);

    /**
     * A command the current user may see (its maker, or a user holding its permission and scope); empty otherwise,
     * as if it did not exist.
     */
    Optional<Approval> find(ApprovalId id);

    /** Like {@link #find}, but throws {@link ApprovalNotFound} (404). */
    Approval get(ApprovalId id);

    /**
     * Commands the current user may decide (they hold the permission and scope and are not the maker), newest first;
     * with {@code status} {@code null} all of them, else only those in that status.
     */
    PageJson<Approval> decidable(@Nullable ApprovalStatus status, Paging paging);

    /** Commands the current user made, newest first; with {@code status} {@code null} all of them. */
    PageJson<Approval> mine(@Nullable ApprovalStatus status, Paging paging);

    /** How many pending commands the current user may decide (the dashboard's figure). */
    long pendingForMe();

    /** The page where the command's subject is reviewed, as its type's handler names it (none when it names none). */
    Optional<String> subjectPage(Approval approval);
}
