package org.masar.approvals.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.masar.access.CurrentUser;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.shared.DashboardFigures;
import org.masar.shared.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The approvals on the dashboard: how many commands wait for the user's decision, and how many of theirs wait for
 * someone else's. Every signed-in user may make or decide commands (the permission a command needs varies with the
 * command), so the figures are shown to anyone who holds a permission at all: {@link #permission()} names one the
 * current user holds.
 */
@Component
class ApprovalsFigures implements DashboardFigures {

    private final Approvals approvals;

    ApprovalsFigures(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public String permission() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "approvals:none";
        }
        Set<String> held = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.contains(":"))
                .collect(Collectors.toSet());
        return held.stream().sorted().findFirst().orElse("approvals:none");
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
