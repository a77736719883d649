package org.masar.dtm.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEvents;
import org.masar.shared.MissionTime;

/**
 * The rule of the first report: it is due {@link EmergencyEvents#FIRST_REPORT_DUE} after the incident. An event without
 * a first report is overdue from the moment after it was due; a first report recorded after that moment is late, one
 * recorded at it is on time. Times a user enters are Libya's ({@link MissionTime#ZONE}), kept as instants.
 *
 * @param incidentAt when the incident happened
 * @param firstReportedAt when the first report was recorded, if it was
 */
record EmergencyDeadline(Instant incidentAt, @Nullable Instant firstReportedAt) {

    /** The instant of a time entered in Libya's time. */
    static Instant libya(LocalDateTime local) {
        return EmergencyEvents.libya(local);
    }

    /** When the first report is due. */
    Instant due() {
        return incidentAt.plus(EmergencyEvents.FIRST_REPORT_DUE);
    }

    /** Whether, at the given instant, the event had no first report although it was due. */
    boolean overdueAt(Instant now) {
        return now.isAfter(due()) && (firstReportedAt == null || firstReportedAt.isAfter(now));
    }

    /** Whether a first report recorded at the given instant is late. */
    boolean lateIfReportedAt(Instant reportedAt) {
        return reportedAt.isAfter(due());
    }

    /** Whether the first report was late; false while there is none. */
    boolean firstReportLate() {
        return firstReportedAt != null && lateIfReportedAt(firstReportedAt);
    }
}
