package org.masar.dtm.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.DetentionNewSnapshot;

/**
 * What was observed at a detention centre on one day. Nothing identifies a detainee.
 *
 * @param population how many are held, with breakdowns by sex and age and by nationality
 * @param capacity how many the centre is meant to hold, if known
 * @param services services available: health, wash, food, nfi, mhpss, legal, protection, education, recreation,
 *     consular
 * @param conditions each condition observed (overcrowding, ventilation, lighting, water, sanitation, hygiene, food,
 *     health-care) with its level (good, fair, poor, critical)
 * @param notes what else was observed, naming nobody
 */
record DetentionSnapshotRequest(
        @NotNull @Valid FlowJson population,
        @Nullable Long capacity,
        @Nullable @Size(max = 20) List<String> services,
        @Nullable @Size(max = 20) Map<String, String> conditions,
        @Nullable @Size(max = 2000) String notes) {

    DetentionNewSnapshot toSnapshot() {
        Map<String, String> observed = new java.util.LinkedHashMap<>();
        if (conditions != null) {
            conditions.forEach((condition, level) -> observed.put(condition, level == null ? "" : level));
        }
        return new DetentionNewSnapshot(
                population.toFlow(),
                capacity,
                services == null
                        ? List.of()
                        : services.stream().map(s -> s == null ? "" : s).toList(),
                observed,
                notes);
    }
}
