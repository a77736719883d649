package org.masar.cases.internal;

import java.util.Optional;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The {@code cases.stage-change} command: a move of a case that its type puts behind a supervisor's approval. Approved,
 * the move happens as the approver (if the case still stands where it was asked); rejected or withdrawn, the case no
 * longer shows it pending.
 */
@Component
class CaseStageChange implements ApprovalHandler {

    private final CaseService cases;

    // Lazy: the approvals module holds every handler, and the cases' service records commands through it.
    CaseStageChange(@Lazy CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String type() {
        return CaseService.STAGE_CHANGE;
    }

    @Override
    public void approved(Approval approval) {
        cases.approved(approval);
    }

    @Override
    public void rejected(Approval approval) {
        cases.dropped(approval, "stage.rejected");
    }

    @Override
    public void withdrawn(Approval approval) {
        cases.dropped(approval, "stage.withdrawn");
    }

    @Override
    public Optional<String> subjectPage(Approval approval) {
        return Optional.of("/cases/" + approval.subject());
    }
}
