package org.masar.dtm;

import java.time.Instant;
import java.time.LocalDate;
import org.masar.geo.SiteId;

/**
 * The count of one flow-monitoring point on one day, as last recorded.
 *
 * @param point the flow-monitoring point
 * @param day the day counted
 * @param incoming people arriving
 * @param outgoing people leaving
 * @param revision 1 for the first count of the day, one more for each replacement
 * @param recordedAt when this revision was recorded
 */
public record FlowMonitoringCount(
        SiteId point,
        LocalDate day,
        FlowMonitoringNewCount.Flow incoming,
        FlowMonitoringNewCount.Flow outgoing,
        int revision,
        Instant recordedAt) {}
