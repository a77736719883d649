package org.masar.dtm;

import java.time.LocalDate;
import java.util.Map;

/**
 * One published round's figures of one unit, a point of a trend across rounds.
 *
 * @param round the round
 * @param number its number
 * @param periodStart first day of its data collection
 * @param periodEnd last day of its data collection
 * @param version its latest published version
 * @param figures the unit's counts by figure key (empty when the round has none for it)
 */
public record RoundTrendPoint(
        RoundId round, int number, LocalDate periodStart, LocalDate periodEnd, int version, Map<String, Long> figures) {

    public RoundTrendPoint {
        figures = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(figures));
    }
}
