package org.masar.dtm.api;

import java.time.Instant;
import java.time.LocalDate;
import org.masar.dtm.FlowMonitoringCount;

/**
 * A day's count at a flow-monitoring point.
 *
 * @param siteId the point
 * @param day the day
 * @param incoming people arriving
 * @param outgoing people leaving
 * @param revision 1, and one more each time the day's count was replaced
 * @param recordedAt when this revision was recorded
 */
record FlowCountJson(
        String siteId, LocalDate day, FlowJson incoming, FlowJson outgoing, int revision, Instant recordedAt) {

    static FlowCountJson of(FlowMonitoringCount count) {
        return new FlowCountJson(
                count.point().toString(),
                count.day(),
                FlowJson.of(count.incoming()),
                FlowJson.of(count.outgoing()),
                count.revision(),
                count.recordedAt());
    }
}
