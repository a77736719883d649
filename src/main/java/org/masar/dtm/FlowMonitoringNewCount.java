package org.masar.dtm;

import java.util.Map;

/**
 * What an enumerator counted at a point on one day.
 *
 * @param incoming people arriving
 * @param outgoing people leaving
 */
public record FlowMonitoringNewCount(Flow incoming, Flow outgoing) {

    /**
     * One direction's count: a total and, where known, breakdowns that may not exceed it.
     *
     * @param total how many people
     * @param sexAge how many by sex and age, keys among {@link FlowMonitoring#SEX_AGE}
     * @param nationality how many by nationality, keys ISO 3166-1 alpha-3 codes
     */
    public record Flow(long total, Map<String, Long> sexAge, Map<String, Long> nationality) {

        public Flow {
            sexAge = Map.copyOf(sexAge);
            nationality = Map.copyOf(nationality);
        }
    }
}
