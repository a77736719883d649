package org.masar.referrals.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.referrals.ReferralFilter;
import org.masar.referrals.ReferralStatus;
import org.masar.referrals.Referrals;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/**
 * Referrals on the dashboard: those past the time their urgency allows without an answer, those waiting for the user's
 * organisation or office to answer, and (for mission users) those sent to a partner without consent.
 */
@Component
class ReferralsFigures implements DashboardFigures {

    private final Referrals referrals;

    ReferralsFigures(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public @Nullable String permission() {
        return "referrals:read";
    }

    @Override
    public List<Figure> figures() {
        if (CurrentUser.find().isEmpty()) {
            return List.of();
        }
        boolean partner = referrals.partnerUser();
        ReferralFilter.Box box = partner ? ReferralFilter.Box.RECEIVED : ReferralFilter.Box.ALL;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "referrals.dashboard.overdue",
                referrals.count(new ReferralFilter(box, null, true, false, null, null, null)),
                "/referrals?box=" + (partner ? "received" : "all") + "&overdue=true"));
        figures.add(new Figure(
                "referrals.dashboard.received",
                referrals.count(new ReferralFilter(
                        ReferralFilter.Box.RECEIVED, ReferralStatus.SENT, false, false, null, null, null)),
                "/referrals?box=received&status=sent"));
        if (!partner) {
            figures.add(new Figure(
                    "referrals.dashboard.overridden",
                    referrals.count(new ReferralFilter(ReferralFilter.Box.ALL, null, false, true, null, null, null)),
                    "/referrals?box=all&overridden=true"));
        }
        return figures;
    }
}
