package org.masar.dtm;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.PCode;
import org.masar.geo.SiteId;

/**
 * Flow monitoring: the daily counts of people passing the DTM's flow-monitoring points (sites of the gazetteer of type
 * {@code FLOW_MONITORING_POINT}), and the summary of counts and surveys over a period.
 *
 * <p>Recording needs {@code dtm:collect}, reading {@code dtm:read} (the list of points also {@code dtm:collect}, for
 * the enumerator's form). A count names nobody; nor does the summary say who recorded what. Every change is audited.
 */
public interface FlowMonitoring {

    /** The sex and age keys a breakdown may use (female or male, children under 18 or adults). */
    List<String> SEX_AGE = List.of("f.children", "f.adults", "m.children", "m.adults");

    /**
     * Records the count of one point on one day, replacing an earlier count of that day (which is kept as a revision).
     * Throws {@link org.masar.geo.SiteNotFound}, {@link FlowMonitoringSiteRefused} for a site that is not an active
     * flow-monitoring point, and {@link org.masar.shared.InvalidFields} for a breakdown larger than its total, an
     * unknown sex/age key or a nationality that is not an ISO 3166-1 alpha-3 code; a refused count writes nothing.
     */
    FlowMonitoringCount record(SiteId point, LocalDate day, FlowMonitoringNewCount count);

    /** The counts of one point between two days (both included), latest day first. */
    List<FlowMonitoringCount> counts(SiteId point, LocalDate from, LocalDate to);

    /** The active flow-monitoring points, each with its latest count. */
    List<FlowMonitoringPoint> points();

    /**
     * Totals in and out (and surveys) between two days, by day or by month, and by nationality, over all points or those
     * of one baladiya. Read from figures kept by day and by month, so it stays fast over years of data.
     *
     * @param granularity by day or by month; when null, by day for up to 62 days and by month beyond
     */
    FlowMonitoringSummary summary(
            LocalDate from,
            LocalDate to,
            @Nullable PCode baladiya,
            FlowMonitoringSummary.@Nullable Granularity granularity);
}
