package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.masar.dtm.EmergencyEventId;
import org.masar.dtm.EmergencyFirstReported;

/** An event's reporting: the first update is its first report, on time or late, and raises its event once. */
class EmergencyEventReportingTests {

    private static final Instant INCIDENT = Instant.parse("2026-03-10T21:30:00Z");

    @Test
    void theFirstUpdateWithinSeventyTwoHoursIsAFirstReportOnTime() {
        EmergencyEventReporting event = new EmergencyEventReporting(EmergencyEventId.random(), INCIDENT, null, 0);
        assertThat(event.report(Instant.parse("2026-03-13T21:30:00Z")))
                .isEqualTo(EmergencyEventReporting.Report.FIRST_ON_TIME);
        assertThat(event.firstReportedAt()).isEqualTo(Instant.parse("2026-03-13T21:30:00Z"));
        assertThat(event.domainEvents()).containsExactly(new EmergencyFirstReported(event.id()));
        assertThat(event.deadline().firstReportLate()).isFalse();
    }

    @Test
    void aFirstUpdateAMinuteAfterTheDueTimeIsLateAndLaterUpdatesChangeNothing() {
        EmergencyEventReporting event = new EmergencyEventReporting(EmergencyEventId.random(), INCIDENT, null, 0);
        assertThat(event.report(Instant.parse("2026-03-13T21:31:00Z")))
                .isEqualTo(EmergencyEventReporting.Report.FIRST_LATE);
        assertThat(event.report(Instant.parse("2026-03-14T08:00:00Z"))).isEqualTo(EmergencyEventReporting.Report.LATER);
        assertThat(event.firstReportedAt()).isEqualTo(Instant.parse("2026-03-13T21:31:00Z"));
        assertThat(event.domainEvents()).hasSize(1);
        assertThat(event.deadline().firstReportLate()).isTrue();
    }
}
