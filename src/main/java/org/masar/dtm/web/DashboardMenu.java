package org.masar.dtm.web;

import java.util.ArrayList;
import java.util.List;
import org.masar.dtm.internal.DashboardReadings;
import org.masar.shared.DashboardFigures;
import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DTM dashboard in the main menu, and the latest round's national figures on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class DashboardMenu {

    @Bean
    MenuEntry dtmDashboardMenuEntry() {
        return new MenuEntry("dtm.dashboard.menu", "/dtm", "dtm:read", 400);
    }

    @Bean
    DashboardFigures dtmDashboardFigures(DashboardReadings readings) {
        return new DashboardFigures() {
            @Override
            public String permission() {
                return "dtm:read";
            }

            @Override
            public List<Figure> figures() {
                List<Figure> figures = new ArrayList<>();
                for (DashboardReadings.NationalFigure figure :
                        readings.headline().figures()) {
                    if (figure.value() != null) {
                        String population =
                                figure.key().substring(0, figure.key().indexOf('.'));
                        figures.add(new Figure("dtm.dashboard.home." + population, figure.value(), "/dtm"));
                    }
                }
                return figures;
            }
        };
    }
}
