package org.masar.dtm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Emergency event tracking: an incident (an armed clash, a flood, an eviction…) in a baladiya, and perhaps at a site,
 * that displaced households; its updates, the first of which is its first report, due {@link #FIRST_REPORT_DUE} after
 * the incident. Times are entered and shown in Libya's time ({@link MissionTime#ZONE}, UTC+2) and kept as instants.
 *
 * <p>Reading needs {@code dtm:read} or {@code dtm:collect} (an enumerator follows up the events they report);
 * recording needs {@code dtm:collect}. "Now" is the application's clock. Every change is audited.
 */
public interface EmergencyEvents {

    /** How long after the incident the first report is due. */
    Duration FIRST_REPORT_DUE = Duration.ofHours(72);

    /** The needs an update may record, as codes. */
    List<String> NEEDS = List.of(
            "food", "health", "shelter", "nfi", "wash", "protection", "legal", "cash", "education", "livelihoods");

    /** The instant of a time in Libya. */
    static Instant libya(LocalDateTime local) {
        return local.atZone(MissionTime.ZONE).toInstant();
    }

    /**
     * Records an event. Throws {@link org.masar.shared.InvalidFields} for an incident in the future, a baladiya unknown
     * or no longer current in the gazetteer, or a site that is unknown or in another baladiya.
     */
    EmergencyEvent create(EmergencyNewEvent event);

    /**
     * Adds an update; the first one is the event's first report, marked late when recorded after it was due. Throws
     * {@link EmergencyEventNotFound} and {@link org.masar.shared.InvalidFields} (a time before the incident or in the
     * future, more households than persons, an unknown need).
     */
    EmergencyUpdate addUpdate(EmergencyEventId id, EmergencyNewUpdate update);

    /** One event; throws {@link EmergencyEventNotFound}. */
    EmergencyEvent get(EmergencyEventId id);

    /** An event's updates, latest first; throws {@link EmergencyEventNotFound}. */
    List<EmergencyUpdate> updates(EmergencyEventId id);

    /** Events, latest incident first. */
    PageJson<EmergencyEvent> list(Paging paging);

    /**
     * The events that, at the given instant, had no first report although it was due (a report recorded later does not
     * change that they were overdue then), the longest overdue first, at most 500. Throws
     * {@link org.masar.shared.InvalidFields} for an instant outside the years kept (1950 to 2100).
     */
    List<EmergencyEvent> overdue(Instant at);

    /** The events overdue now, by the application's clock. */
    List<EmergencyEvent> overdue();
}
