package org.masar.dtm;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flow-monitoring figures over a period: totals in and out and surveys taken, by day or month and by nationality.
 *
 * @param from first day included
 * @param to last day included
 * @param baladiya the baladiya's P-code the figures are limited to, or null for all
 * @param granularity whether {@link #periods()} are days or months
 * @param periods the figures of each day or month that has any, in order ({@code 2026-03-01} or {@code 2026-03})
 * @param total the figures over the whole period
 * @param byNationality the figures of each nationality recorded, over the whole period, most incoming first
 */
public record FlowMonitoringSummary(
        LocalDate from,
        LocalDate to,
        @Nullable String baladiya,
        Granularity granularity,
        List<Period> periods,
        Figures total,
        List<Nationality> byNationality) {

    /** Days or months. */
    public enum Granularity {
        /** One period per day. */
        DAY,
        /** One period per calendar month. */
        MONTH
    }

    /**
     * Counted in and out, and surveyed.
     *
     * @param incoming people counted arriving
     * @param outgoing people counted leaving
     * @param surveys flow-monitoring surveys taken
     */
    public record Figures(long incoming, long outgoing, long surveys) {}

    /**
     * One day or month.
     *
     * @param period {@code yyyy-mm-dd} or {@code yyyy-mm}
     * @param figures its figures
     */
    public record Period(String period, Figures figures) {}

    /**
     * One nationality's figures (where the nationality was known).
     *
     * @param nationality ISO 3166-1 alpha-3 code
     * @param figures its figures
     */
    public record Nationality(String nationality, Figures figures) {}
}
