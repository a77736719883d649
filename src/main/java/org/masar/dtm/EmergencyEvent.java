package org.masar.dtm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * An emergency event with its current figures (those of its latest update).
 *
 * @param id its id
 * @param type what happened
 * @param incidentAt when
 * @param firstReportDue when its first report is (or was) due: 72 hours after the incident
 * @param baladiya the baladiya's P-code
 * @param site the site, if any
 * @param description what happened
 * @param firstReportedAt when its first update was recorded; null while none was
 * @param overdue no first report although it is due, by the application's clock
 * @param firstReportLate the first report was recorded after it was due
 * @param households displaced households, as of the latest update (0 before any)
 * @param persons displaced persons, as of the latest update (0 before any)
 * @param needs their needs, as of the latest update
 * @param figuresAsOf the time of the latest update, if any
 * @param updates how many updates it has
 * @param createdAt when it was recorded
 */
public record EmergencyEvent(
        EmergencyEventId id,
        EmergencyEventType type,
        Instant incidentAt,
        Instant firstReportDue,
        String baladiya,
        @Nullable SiteId site,
        @Nullable String description,
        @Nullable Instant firstReportedAt,
        boolean overdue,
        boolean firstReportLate,
        long households,
        long persons,
        List<String> needs,
        @Nullable Instant figuresAsOf,
        int updates,
        Instant createdAt) {}
