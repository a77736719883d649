package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The 72-hour rule of the first report, in Libya's time (UTC+2). */
class EmergencyDeadlineTests {

    /** 23:30 in Libya on 10 March is 21:30 UTC; the report is due at 23:30 on 13 March in Libya, 21:30 UTC. */
    private static final Instant INCIDENT = EmergencyDeadline.libya(LocalDateTime.of(2026, 3, 10, 23, 30));

    @Test
    void anIncidentAtHalfPastElevenInLibyaIsDueThreeDaysLaterAtHalfPastNineUtc() {
        assertThat(INCIDENT).isEqualTo(Instant.parse("2026-03-10T21:30:00Z"));
        assertThat(new EmergencyDeadline(INCIDENT, null).due()).isEqualTo(Instant.parse("2026-03-13T21:30:00Z"));
    }

    @Test
    void anEventIsOverdueFromTheMinuteAfterItsReportWasDue() {
        EmergencyDeadline awaiting = new EmergencyDeadline(INCIDENT, null);
        assertThat(awaiting.overdueAt(Instant.parse("2026-03-13T21:29:00Z"))).isFalse();
        assertThat(awaiting.overdueAt(Instant.parse("2026-03-13T21:30:00Z"))).isFalse();
        assertThat(awaiting.overdueAt(Instant.parse("2026-03-13T21:31:00Z"))).isTrue();
        // Libya's 23:31 on the third day, not the UTC clock's.
        assertThat(awaiting.overdueAt(EmergencyDeadline.libya(LocalDateTime.of(2026, 3, 13, 23, 29))))
                .isFalse();
        assertThat(awaiting.overdueAt(EmergencyDeadline.libya(LocalDateTime.of(2026, 3, 13, 23, 31))))
                .isTrue();
    }

    @Test
    void aFirstReportRecordedAfterItWasDueIsLateAndEndsTheOverdue() {
        EmergencyDeadline onTime = new EmergencyDeadline(INCIDENT, Instant.parse("2026-03-13T21:30:00Z"));
        assertThat(onTime.firstReportLate()).isFalse();
        assertThat(onTime.overdueAt(Instant.parse("2026-03-20T00:00:00Z"))).isFalse();
        EmergencyDeadline late = new EmergencyDeadline(INCIDENT, Instant.parse("2026-03-13T21:31:00Z"));
        assertThat(late.firstReportLate()).isTrue();
        // Overdue in the minute before the late report, no longer after it.
        assertThat(late.overdueAt(Instant.parse("2026-03-13T21:30:30Z"))).isTrue();
        assertThat(late.overdueAt(Instant.parse("2026-03-13T21:31:00Z"))).isFalse();
        assertThat(new EmergencyDeadline(INCIDENT, null).firstReportLate()).isFalse();
    }
}
