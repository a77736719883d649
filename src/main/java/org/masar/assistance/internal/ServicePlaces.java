package org.masar.assistance.internal;

import static org.masar.assistance.internal.ServiceRecorder.error;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.shared.InvalidFields;
import org.springframework.stereotype.Component;

/** Where a service was delivered or an activity held: a known, active geo site and/or a baladiya of the gazetteer. */
@Component
class ServicePlaces {

    private final Sites sites;
    private final Gazetteer gazetteer;

    ServicePlaces(Sites sites, Gazetteer gazetteer) {
        this.sites = sites;
        this.gazetteer = gazetteer;
    }

    /** Checks the site (active, known) and the baladiya (a current one); answers the baladiya to store. */
    @Nullable
    String place(@Nullable SiteId site, @Nullable String baladiya, List<InvalidFields.Field> errors) {
        String pcode = ServiceRecorder.blankToNull(baladiya);
        if (site == null && pcode == null) {
            errors.add(error("site", "place-required"));
            return null;
        }
        String siteBaladiya = null;
        if (site != null) {
            Optional<Site> found = sites.find(site);
            if (found.isEmpty() || !found.get().active()) {
                errors.add(error("site", "unknown"));
            } else {
                siteBaladiya = found.get().baladiya().pcode().value();
            }
        }
        if (pcode != null) {
            Optional<PCode> parsed;
            try {
                parsed = PCode.parseOptional(pcode);
            } catch (RuntimeException malformed) {
                parsed = Optional.empty();
            }
            if (parsed.isEmpty() || gazetteer.findBaladiya(parsed.get()).isEmpty()) {
                errors.add(error("baladiya", "unknown"));
                return null;
            }
            if (siteBaladiya != null && !siteBaladiya.equals(parsed.get().value())) {
                errors.add(error("baladiya", "not-the-sites"));
            }
            return parsed.get().value();
        }
        return siteBaladiya;
    }
}
