package org.masar.assistance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who received what, where and when, counted: services delivered by month and service type, and group activities by
 * month and kind, within the user's scopes. People are counted distinct (a person served twice in a month is one
 * person, twice a service), by sex and age band as they were when served.
 *
 * @param services one row per month and service type, oldest month first
 * @param months one row per month over every type (people distinct across types), oldest first: the chart's
 * @param total the whole period: people distinct over every month and type
 * @param activities one row per month and activity kind: participants counted, not people
 */
public record AssistanceReport(
        ReportFilter filter,
        List<ServiceFigures> services,
        List<ServiceFigures> months,
        ServiceFigures total,
        List<ActivityFigures> activities) {

    /** The age bands reported, in order: {@code people.AgeBand}'s names, then {@code UNKNOWN}. */
    public static final List<String> AGE_BANDS =
            List.of("UNDER_5", "FROM_5_TO_11", "FROM_12_TO_17", "FROM_18_TO_59", "FROM_60", "UNKNOWN");

    /**
     * Figures of services delivered.
     *
     * @param month YYYY-MM, null for the total
     * @param type the service type's code, null for a month's or the total row
     * @param people distinct persons reached
     * @param services services delivered (rows, voided ones left out)
     * @param female distinct persons served as female
     * @param male distinct persons served as male
     * @param ageBands distinct persons per age band when served ({@link #AGE_BANDS}, each present)
     * @param quantities quantities summed per unit (only on month × type rows)
     */
    public record ServiceFigures(
            @Nullable String month,
            @Nullable String type,
            long people,
            long services,
            long female,
            long male,
            Map<String, Long> ageBands,
            Map<String, BigDecimal> quantities) {}

    /** Group activities of a kind in a month and the participants counted at them. */
    public record ActivityFigures(
            String month, String kind, long activities, long women, long men, long girls, long boys) {

        public long participants() {
            return women + men + girls + boys;
        }
    }
}
