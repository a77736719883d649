package org.masar.dtm.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.DetentionSnapshot;

/**
 * A detention centre as observed on one day.
 *
 * @param id the snapshot's id
 * @param siteId the centre
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
record DetentionSnapshotJson(
        String id,
        String siteId,
        LocalDate observedOn,
        FlowJson population,
        @Nullable Long capacity,
        @Nullable Double occupancyRate,
        List<String> services,
        Map<String, String> conditions,
        @Nullable String notes,
        int revision,
        Instant recordedAt) {

    static DetentionSnapshotJson of(DetentionSnapshot snapshot) {
        return new DetentionSnapshotJson(
                snapshot.id().toString(),
                snapshot.centre().toString(),
                snapshot.observedOn(),
                FlowJson.of(snapshot.population()),
                snapshot.capacity(),
                snapshot.occupancyRate(),
                snapshot.services(),
                snapshot.conditions(),
                snapshot.notes(),
                snapshot.revision(),
                snapshot.recordedAt());
    }
}
