package org.masar.geo.web;

import java.util.List;
import org.masar.geo.Gazetteer;
import org.masar.geo.SiteFilter;
import org.masar.geo.Sites;
import org.masar.shared.DashboardFigures;
import org.masar.shared.Paging;
import org.springframework.stereotype.Component;

/** The gazetteer on the dashboard: the hierarchy's size and how many sites are in use. */
@Component
class GazetteerFigures implements DashboardFigures {

    private final Gazetteer gazetteer;
    private final Sites sites;

    GazetteerFigures(Gazetteer gazetteer, Sites sites) {
        this.gazetteer = gazetteer;
        this.sites = sites;
    }

    @Override
    public String permission() {
        return "geo:read";
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure("geo.dashboard.mantika", gazetteer.mantika(null).size(), "/geo"),
                new Figure("geo.dashboard.baladiya", gazetteer.baladiya(null).size(), "/geo"),
                new Figure(
                        "geo.dashboard.active-sites",
                        sites.search(new SiteFilter(null, null, null, true), Paging.first(1))
                                .total(),
                        "/geo/sites"));
    }
}
