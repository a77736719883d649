package org.masar.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

/** The command's transitions, allowed and refused, and the events they raise. */
class ApprovalCommandTests {

    private static final UserId MAKER = new UserId(UUID.randomUUID());
    private static final UserId CHECKER = new UserId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static ApprovalCommand pending() {
        return new ApprovalCommand(
                ApprovalId.random(), "test.echo", MAKER, ApprovalStatus.PENDING, null, null, null, 0);
    }

    @Test
    void aCheckerApprovesAPendingCommandOnce() {
        ApprovalCommand command = pending();
        command.approve(CHECKER, NOW);
        assertThat(command.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(command.decider()).isEqualTo(CHECKER);
        assertThat(command.domainEvents()).containsExactly(new ApprovalGranted(command.id()));
        assertThatThrownBy(() -> command.approve(CHECKER, NOW)).isInstanceOf(ApprovalNotPending.class);
        assertThatThrownBy(() -> command.reject(CHECKER, NOW, "late")).isInstanceOf(ApprovalNotPending.class);
        assertThatThrownBy(() -> command.withdraw(MAKER, NOW)).isInstanceOf(ApprovalNotPending.class);
    }

    @Test
    void theMakerNeitherApprovesNorRejects() {
        ApprovalCommand command = pending();
        assertThatThrownBy(() -> command.approve(MAKER, NOW)).isInstanceOf(OwnCommand.class);
        assertThatThrownBy(() -> command.reject(MAKER, NOW, "mine")).isInstanceOf(OwnCommand.class);
        assertThat(command.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(command.domainEvents()).isEmpty();
    }

    @Test
    void aRejectionKeepsItsReasonAndNeedsOne() {
        ApprovalCommand command = pending();
        assertThatThrownBy(() -> command.reject(CHECKER, NOW, "  ")).isInstanceOf(RejectionReasonMissing.class);
        command.reject(CHECKER, NOW, " Figures incomplete ");
        assertThat(command.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(command.reason()).isEqualTo("Figures incomplete");
        assertThat(command.domainEvents()).containsExactly(new ApprovalRejected(command.id()));
    }

    @Test
    void onlyTheMakerWithdraws() {
        ApprovalCommand command = pending();
        assertThatThrownBy(() -> command.withdraw(CHECKER, NOW)).isInstanceOf(ApprovalForbidden.class);
        command.withdraw(MAKER, NOW);
        assertThat(command.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThat(command.domainEvents()).containsExactly(new ApprovalWithdrawn(command.id()));
        assertThatThrownBy(() -> command.approve(CHECKER, NOW)).isInstanceOf(ApprovalNotPending.class);
    }
}
