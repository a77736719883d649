package org.masar.dtm;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What was observed at a detention centre on one day.
 *
 * @param population how many people are held, with breakdowns by sex and age and by nationality that may not exceed it
 * @param capacity how many the centre is meant to hold, if known
 * @param services the services available, among {@link DetentionProfiles#SERVICES}
 * @param conditions each condition observed ({@link DetentionProfiles#CONDITIONS}) with its level
 *     ({@link DetentionProfiles#LEVELS})
 * @param notes what else was observed, naming nobody
 */
public record DetentionNewSnapshot(
        FlowMonitoringNewCount.Flow population,
        @Nullable Long capacity,
        List<String> services,
        Map<String, String> conditions,
        @Nullable String notes) {

    public DetentionNewSnapshot {
        services = List.copyOf(services);
        conditions = Map.copyOf(conditions);
    }
}
