package org.masar.dtm.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEvent;
import org.masar.shared.MissionTime;

/**
 * An emergency event. Times are given twice: in Libya's time (as entered) and as UTC instants.
 *
 * @param id its id
 * @param type what happened
 * @param incidentAt when, in Libya's time
 * @param incidentAtUtc when, as an instant
 * @param firstReportDue when the first report is due (72 hours later), in Libya's time
 * @param firstReportDueUtc the same, as an instant
 * @param baladiya the baladiya's P-code
 * @param siteId the site, if any
 * @param description what happened
 * @param firstReportedAt when the first update was recorded, in Libya's time; null while none was
 * @param overdue no first report although it is due
 * @param firstReportLate the first report was recorded after it was due
 * @param households displaced households, as of the latest update
 * @param persons displaced persons, as of the latest update
 * @param needs their needs, as of the latest update
 * @param figuresAsOf the latest update's time, in Libya's time
 * @param updates how many updates it has
 */
record EmergencyEventJson(
        String id,
        String type,
        LocalDateTime incidentAt,
        Instant incidentAtUtc,
        LocalDateTime firstReportDue,
        Instant firstReportDueUtc,
        String baladiya,
        @Nullable String siteId,
        @Nullable String description,
        @Nullable LocalDateTime firstReportedAt,
        boolean overdue,
        boolean firstReportLate,
        long households,
        long persons,
        List<String> needs,
        @Nullable LocalDateTime figuresAsOf,
        int updates) {

    static EmergencyEventJson of(EmergencyEvent event) {
        return new EmergencyEventJson(
                event.id().toString(),
                event.type().name(),
                libya(event.incidentAt()),
                event.incidentAt(),
                libya(event.firstReportDue()),
                event.firstReportDue(),
                event.baladiya(),
                event.site() == null ? null : event.site().toString(),
                event.description(),
                event.firstReportedAt() == null ? null : libya(event.firstReportedAt()),
                event.overdue(),
                event.firstReportLate(),
                event.households(),
                event.persons(),
                event.needs(),
                event.figuresAsOf() == null ? null : libya(event.figuresAsOf()),
                event.updates());
    }

    static LocalDateTime libya(Instant instant) {
        return LocalDateTime.ofInstant(instant, MissionTime.ZONE);
    }
}
