package org.masar.cases.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseLists;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/** The reader's open cases on the dashboard, and, for a supervisor, their team's open cases. */
@Component
class CaseListFigures implements DashboardFigures {

    private final CaseLists lists;

    CaseListFigures(CaseLists lists) {
        this.lists = lists;
    }

    @Override
    public @Nullable String permission() {
        return "cases:read";
    }

    @Override
    public List<Figure> figures() {
        if (CurrentUser.find().isEmpty()) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "cases-lists.dashboard.mine", lists.count(CaseFilter.mine().withStatus("open")), "/cases?status=open"));
        if (lists.supervisesAnyone()) {
            figures.add(new Figure(
                    "cases-lists.dashboard.team",
                    lists.count(CaseFilter.myTeam().withStatus("open")),
                    "/cases/team?status=open"));
        }
        return figures;
    }
}
