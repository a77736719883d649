package org.masar.dtm;

import java.time.LocalDate;
import java.util.List;
import org.masar.geo.SiteId;

/**
 * Detention-centre profiles: a snapshot per centre (a site of the gazetteer of type {@code DETENTION_CENTRE}) and day:
 * how many are held, by sex and age and by nationality, the capacity, the services available and the conditions
 * observed. Nothing identifies a detainee.
 *
 * <p>Recording needs {@code dtm:collect}, reading {@code dtm:read} (the list of centres also {@code dtm:collect}, for
 * the form). Every change is audited.
 */
public interface DetentionProfiles {

    /** The services a centre may offer, as codes (labels in the bundles). */
    List<String> SERVICES = List.of(
            "health", "wash", "food", "nfi", "mhpss", "legal", "protection", "education", "recreation", "consular");

    /** The conditions observed, as codes. */
    List<String> CONDITIONS =
            List.of("overcrowding", "ventilation", "lighting", "water", "sanitation", "hygiene", "food", "health-care");

    /** The levels a condition is observed at, from best to worst. */
    List<String> LEVELS = List.of("good", "fair", "poor", "critical");

    /**
     * Records a centre's snapshot of one day, replacing an earlier one of that day. Throws
     * {@link org.masar.geo.SiteNotFound}, {@link DetentionCentreRefused}, and {@link org.masar.shared.InvalidFields}
     * for a breakdown larger than the population, an unknown service, condition or level; a refusal writes nothing.
     */
    DetentionSnapshot record(SiteId centre, LocalDate observedOn, DetentionNewSnapshot snapshot);

    /** A centre's snapshots, latest first. Throws {@link org.masar.geo.SiteNotFound} and {@link DetentionCentreRefused}. */
    List<DetentionSnapshot> snapshots(SiteId centre);

    /** The active detention centres, each with its latest snapshot. */
    List<DetentionCentre> centres();
}
