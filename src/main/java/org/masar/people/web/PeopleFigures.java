package org.masar.people.web;

import java.util.List;
import org.masar.people.People;
import org.masar.people.PersonFilter;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Component;

/** How many people are registered where the user works, on the dashboard. */
@Component
class PeopleFigures implements DashboardFigures {

    private final People people;

    PeopleFigures(People people) {
        this.people = people;
    }

    @Override
    public String permission() {
        return "people:read";
    }

    @Override
    public List<Figure> figures() {
        // The search counts within the user's scopes; one row is fetched besides the count.
        long registered = people.count(PersonFilter.none());
        return List.of(new Figure("people.dashboard.registered", registered, "/people"));
    }
}
