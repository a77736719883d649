package org.masar.approvals.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;
import org.masar.approvals.ApprovalForbidden;
import org.masar.approvals.ApprovalGranted;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalNotPending;
import org.masar.approvals.ApprovalRejected;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.ApprovalWithdrawn;
import org.masar.approvals.OwnCommand;
import org.masar.approvals.RejectionReasonMissing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recorded command as something with states: pending, then approved, rejected or withdrawn, for good. It guards its
 * transitions (a checker is never the maker; only the maker withdraws; only a pending command changes) and raises
 * their events; {@link ApprovalCommandRepository#save} publishes them with the transaction. Its {@code @Version}
 * makes two checkers deciding at once end with exactly one decision: the other's save fails.
 *
 * <p>Only the decision is mapped for writing: what was asked (type, subject, permission, maker…) is written once, by
 * {@link ApprovalService#request}, and read here only to guard the transitions.
 */
@Table("approvals_command")
class ApprovalCommand extends AbstractAggregateRoot<ApprovalCommand> {

    @Id
    private final ApprovalId id;

    @ReadOnlyProperty
    private final String type;

    @ReadOnlyProperty
    private final UserId maker;

    private ApprovalStatus status;
    private @Nullable UserId decider;
    private @Nullable Instant decidedAt;
    private @Nullable String reason;

    /** Spring Data JDBC's optimistic lock: a save of a stale copy fails, on any node. */
    @Version
    private @Nullable Integer lockVersion;

    @PersistenceCreator
    ApprovalCommand(
            ApprovalId id,
            String type,
            UserId maker,
            ApprovalStatus status,
            @Nullable UserId decider,
            @Nullable Instant decidedAt,
            @Nullable String reason,
            @Nullable Integer lockVersion) {
        this.id = id;
        this.type = type;
        this.maker = maker;
        this.status = status;
        this.decider = decider;
        this.decidedAt = decidedAt;
        this.reason = reason;
        this.lockVersion = lockVersion;
    }

    /** Approved by a checker; refused for the maker ({@link OwnCommand}) and when not pending. */
    void approve(UserId by, Instant at) {
        requireChecker(by);
        requirePending();
        status = ApprovalStatus.APPROVED;
        decide(by, at, null);
        registerEvent(new ApprovalGranted(id));
    }

    /** Rejected by a checker with a reason; refused without one, for the maker and when not pending. */
    void reject(UserId by, Instant at, String why) {
        if (why.isBlank()) {
            throw new RejectionReasonMissing();
        }
        requireChecker(by);
        requirePending();
        status = ApprovalStatus.REJECTED;
        decide(by, at, why.strip());
        registerEvent(new ApprovalRejected(id));
    }

    /** Withdrawn by its maker; refused for anyone else and when not pending. */
    void withdraw(UserId by, Instant at) {
        if (!isMadeBy(by)) {
            throw new ApprovalForbidden(id);
        }
        requirePending();
        status = ApprovalStatus.WITHDRAWN;
        decide(by, at, null);
        registerEvent(new ApprovalWithdrawn(id));
    }

    boolean isMadeBy(UserId user) {
        return maker.equals(user);
    }

    private void requireChecker(UserId by) {
        if (isMadeBy(by)) {
            throw new OwnCommand(id);
        }
    }

    private void requirePending() {
        if (status != ApprovalStatus.PENDING) {
            throw new ApprovalNotPending(id, status);
        }
    }

    private void decide(UserId by, Instant at, @Nullable String why) {
        decider = by;
        decidedAt = at;
        reason = why;
    }

    /** The events raised and not yet published; overridden only so that this package's tests can read them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    ApprovalId id() {
        return id;
    }

    String type() {
        return type;
    }

    UserId maker() {
        return maker;
    }

    ApprovalStatus status() {
        return status;
    }

    @Nullable
    UserId decider() {
        return decider;
    }

    @Nullable
    String reason() {
        return reason;
    }
}
