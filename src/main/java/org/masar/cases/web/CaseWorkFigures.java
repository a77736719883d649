package org.masar.cases.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.cases.CaseTasks;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/** The caseworker's overdue tasks on the dashboard (their day passed in Libya), leading to their task list. */
@Component
class CaseWorkFigures implements DashboardFigures {

    private final CaseTasks tasks;

    CaseWorkFigures(CaseTasks tasks) {
        this.tasks = tasks;
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
        return List.of(new Figure("cases-work.dashboard.overdue", tasks.myOverdueCount(), "/cases/tasks"));
    }
}
