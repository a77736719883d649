package org.masar.approvals.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.shared.DashboardFigures;
import org.masar.shared.Paging;
import org.springframework.stereotype.Component;

/**
 * The approvals on the dashboard: how many commands wait for the user's decision, and how many of theirs wait for
 * someone else's. Every signed-in user may make or decide commands (the permission a command needs varies with the
 * command), so the figures are for everyone, each computed for the user.
 */
@Component
class ApprovalsFigures implements DashboardFigures {

    private final Approvals approvals;

    ApprovalsFigures(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public @Nullable String permission() {
        return null;
    }

    @Override
    public List<Figure> figures() {
        if (CurrentUser.find().isEmpty()) {
            return List.of();
        }
        return List.of(
                new Figure("approvals.dashboard.waiting", approvals.pendingForMe(), "/approvals"),
                new Figure(
                        "approvals.dashboard.mine",
                        approvals.mine(ApprovalStatus.PENDING, Paging.first(1)).total(),
                        "/approvals"));
    }
}
