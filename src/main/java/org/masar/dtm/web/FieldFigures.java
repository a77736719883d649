package org.masar.dtm.web;

import java.util.List;
import org.masar.dtm.EmergencyEvents;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/** The DTM field work on the dashboard: the emergency events whose first report is overdue. */
@Component
class FieldFigures implements DashboardFigures {

    private final EmergencyEvents events;

    FieldFigures(EmergencyEvents events) {
        this.events = events;
    }

    @Override
    public String permission() {
        return "dtm:read";
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure(
                "dtm-field.dashboard.overdue-events", events.overdue().size(), "/dtm/events"));
    }
}
