package org.masar.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.shared.MissionTime;
import org.masar.shared.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The places a user may put a person in (current baladiya and active sites within their scopes), and the names of
 * places a person's record points to.
 */
@Component
class PlaceChoices {

    private final Gazetteer gazetteer;
    private final Sites sites;
    private final Users users;
    private final Clock clock;

    PlaceChoices(Gazetteer gazetteer, Sites sites, Users users, Clock clock) {
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.users = users;
        this.clock = clock;
    }

    /** Current baladiya the user works in, grouped by mantika, for a picker. */
    Map<String, List<Baladiya>> baladiyaByMantika() {
        Scopes scopes = users.currentScopes();
        LocalDate today = MissionTime.today(clock);
        Map<String, List<Baladiya>> groups = new LinkedHashMap<>();
        for (Baladiya baladiya : gazetteer.allBaladiya()) {
            if (baladiya.isCurrentOn(today)
                    && scopes.coversBaladiya(baladiya.pcode().value())) {
                groups.computeIfAbsent(baladiya.mantika().value(), key -> new ArrayList<>())
                        .add(baladiya);
            }
        }
        return groups;
    }

    /** Active sites in the baladiya the user works in; none for a user who may not read sites. */
    List<Site> sites() {
        Scopes scopes = users.currentScopes();
        try {
            return sites.search(new SiteFilter(null, null, null, true), Paging.first(Paging.MAX_SIZE)).items().stream()
                    .filter(site ->
                            scopes.coversBaladiya(site.baladiya().pcode().value()))
                    .toList();
        } catch (AccessDeniedException noGeoRead) {
            return List.of();
        }
    }

    /** Every baladiya by P-code, to name those a list or a record points to. */
    Map<String, Baladiya> baladiyaNames() {
        Map<String, Baladiya> names = new LinkedHashMap<>();
        gazetteer.allBaladiya().forEach(baladiya -> names.put(baladiya.pcode().value(), baladiya));
        return names;
    }

    /** The site a record points to, when the user may read sites. */
    Optional<Site> site(@Nullable SiteId id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return sites.find(id);
        } catch (AccessDeniedException noGeoRead) {
            return Optional.empty();
        }
    }
}
