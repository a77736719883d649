package org.masar.assistance.web;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.assistance.AssistanceReports;
import org.masar.shared.DashboardFigures;
import org.masar.shared.MenuEntry;
import org.masar.shared.MissionTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assistance report in the main menu, and people reached this month on the dashboard, for assistance readers. */
@Configuration(proxyBeanMethods = false)
class ReportMenu {

    @Bean
    MenuEntry assistanceReportsMenuEntry() {
        return new MenuEntry("assistance.reports.menu", "/assistance/reports", "assistance:read", 82);
    }

    @Bean
    DashboardFigures assistanceReportsFigures(AssistanceReports reports) {
        return new DashboardFigures() {
            @Override
            public @Nullable String permission() {
                return "assistance:read";
            }

            @Override
            public List<Figure> figures() {
                if (CurrentUser.find().isEmpty()) {
                    return List.of();
                }
                YearMonth month = YearMonth.now(MissionTime.ZONE);
                return List.of(new Figure(
                        "assistance.reports.dashboard.people-this-month",
                        reports.peopleReachedThisMonth(),
                        "/assistance/reports?from=" + month + "&to=" + month));
            }
        };
    }
}
