package org.masar.dtm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * A detention centre as observed on one day.
 *
 * @param id the snapshot's id
 * @param centre the centre
 * @param observedOn the day
 * @param population how many are held, with breakdowns
 * @param capacity how many it is meant to hold, if known
 * @param occupancyRate population over capacity (1.25 is 125 %), when the capacity is known and not zero
 * @param services the services available
 * @param conditions the conditions observed, with their levels
 * @param notes what else was observed
 * @param revision 1, and one more each time the day's snapshot was replaced
 * @param recordedAt when it was last recorded
 */
public record DetentionSnapshot(
        UUID id,
        SiteId centre,
        LocalDate observedOn,
        FlowMonitoringNewCount.Flow population,
        @Nullable Long capacity,
        @Nullable Double occupancyRate,
        List<String> services,
        Map<String, String> conditions,
        @Nullable String notes,
        int revision,
        Instant recordedAt) {}
