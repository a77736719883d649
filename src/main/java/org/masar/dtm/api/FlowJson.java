package org.masar.dtm.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoringNewCount;

/**
 * One direction's count (or a centre's population): a total and, where known, breakdowns that may not exceed it.
 *
 * @param total how many people
 * @param sexAge by sex and age: {@code f.children}, {@code f.adults}, {@code m.children}, {@code m.adults}
 * @param nationality by nationality: ISO 3166-1 alpha-3 codes ({@code NER}, {@code SDN}…)
 */
record FlowJson(
        @NotNull Long total,
        @Nullable @Size(max = 4) Map<String, Long> sexAge,
        @Nullable @Size(max = 300) Map<String, Long> nationality) {

    FlowMonitoringNewCount.Flow toFlow() {
        return new FlowMonitoringNewCount.Flow(total, nonNull(sexAge), nonNull(nationality));
    }

    /** A missing value is refused by the checks as a count below zero would be. */
    private static Map<String, Long> nonNull(@Nullable Map<String, Long> values) {
        Map<String, Long> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> copy.put(key, value == null ? -1L : value));
        }
        return copy;
    }

    static FlowJson of(FlowMonitoringNewCount.Flow flow) {
        return new FlowJson(flow.total(), flow.sexAge(), flow.nationality());
    }
}
