package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.api.FieldTestSupport.ENUMERATOR;
import static org.masar.dtm.api.FieldTestSupport.NOBODY;
import static org.masar.dtm.api.FieldTestSupport.VIEWER;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Emergency events through the API: Libya's time, the 72-hour first report, updates and current figures. */
@MasarIntegrationTest
class EmergencyEventsApiTests {

    private static final ZoneId LIBYA = ZoneId.of("Africa/Tripoli");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.masar.dtm.EmergencyEvents events;

    FieldTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new FieldTestSupport(mvc, json, jdbc);
    }

    @Test
    void anIncidentAtHalfPastElevenInLibyaIsDueThreeDaysLaterAndOverdueFromTheMinuteAfter() {
        JsonNode event = create("2026-03-10T23:30", "LY021401", null);
        String id = event.get("id").asString();
        assertThat(event.get("incidentAt").asString()).startsWith("2026-03-10T23:30");
        assertThat(event.get("incidentAtUtc").asString()).isEqualTo("2026-03-10T21:30:00Z");
        assertThat(event.get("firstReportDue").asString()).startsWith("2026-03-13T23:30");
        assertThat(event.get("firstReportDueUtc").asString()).isEqualTo("2026-03-13T21:30:00Z");
        assertThat(jdbc.sql("SELECT first_report_due = TIMESTAMPTZ '2026-03-13 21:30:00+00' FROM dtm_emergency_event"
                                + " WHERE id = ?::uuid")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        assertThat(overdueIds("2026-03-13T23:29")).doesNotContain(id);
        assertThat(overdueIds("2026-03-13T23:30")).doesNotContain(id);
        assertThat(overdueIds("2026-03-13T23:31")).contains(id);
        // By the application's clock (December 2026) it is overdue, and listed so.
        assertThat(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id))
                        .get("overdue")
                        .asBoolean())
                .isTrue();
        assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue")))).contains(id);

        // Its first report, now, is late; it is then no longer overdue, though it was at the time.
        MvcTestResult report = update(id, null, 30, 150, "[\"shelter\", \"food\"]");
        assertThat(report).hasStatus(HttpStatus.CREATED);
        assertThat(dtm.json(report).get("late").asBoolean()).isTrue();
        JsonNode reported = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id));
        assertThat(reported.get("overdue").asBoolean()).isFalse();
        assertThat(reported.get("firstReportLate").asBoolean()).isTrue();
        assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue")))).doesNotContain(id);
        assertThat(overdueIds("2026-03-13T23:31")).contains(id);
        assertThat(dtm.audited("dtm.emergency-event.created", id)).isEqualTo(1);
        assertThat(dtm.audited("dtm.emergency-event.updated", id)).isEqualTo(1);
    }

    @Test
    void aFirstReportWithinSeventyTwoHoursIsOnTimeAndUpdatesSetTheCurrentFigures() {
        LocalDateTime incident = nowInLibya().minusHours(5);
        String id = create(incident.toString(), "LY010102", null).get("id").asString();
        JsonNode fresh = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id));
        assertThat(fresh.get("overdue").asBoolean()).isFalse();
        assertThat(fresh.get("persons").asLong()).isZero();

        MvcTestResult first = update(id, incident.plusHours(1).toString(), 10, 50, "[\"food\"]");
        assertThat(dtm.json(first).get("late").asBoolean()).isFalse();
        assertThat(update(id, incident.plusHours(3).toString(), 20, 90, "[\"shelter\", \"wash\"]"))
                .hasStatus(HttpStatus.CREATED);
        // An update reported later but holding at an earlier time does not replace the latest figures.
        assertThat(update(id, incident.plusHours(2).toString(), 15, 70, "[]")).hasStatus(HttpStatus.CREATED);

        JsonNode event = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id));
        assertThat(event.get("households").asLong()).isEqualTo(20);
        assertThat(event.get("persons").asLong()).isEqualTo(90);
        assertThat(event.get("needs").toString()).isEqualTo("[\"shelter\",\"wash\"]");
        assertThat(event.get("figuresAsOf").asString())
                .startsWith(incident.plusHours(3).toString().substring(0, 16));
        assertThat(event.get("updates").asInt()).isEqualTo(3);
        assertThat(event.get("firstReportLate").asBoolean()).isFalse();
        JsonNode updates = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}/updates", id));
        assertThat(updates.size()).isEqualTo(3);
        assertThat(updates.get(0).get("persons").asLong()).isEqualTo(90);
        assertThat(updates.get(2).get("persons").asLong()).isEqualTo(50);

        // A newer update changes them.
        assertThat(update(id, null, 25, 110, "[\"health\"]")).hasStatus(HttpStatus.CREATED);
        JsonNode now = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id));
        assertThat(now.get("persons").asLong()).isEqualTo(110);
        assertThat(now.get("needs").toString()).isEqualTo("[\"health\"]");
    }

    @Test
    void anEventWithoutAReportSeventyThreeHoursOnIsOverdue() {
        String late = create(nowInLibya().minusHours(73).toString(), "LY021401", null)
                .get("id")
                .asString();
        String early = create(nowInLibya().minusHours(71).toString(), "LY021401", null)
                .get("id")
                .asString();
        List<String> overdue = ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue")));
        assertThat(overdue).contains(late).doesNotContain(early);
        assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events?size=200")).get("items")))
                .contains(late, early);
    }

    @Test
    void wrongEventsAndUpdatesAreRefusedByNameAndWriteNothing() {
        long events = dtm.count("SELECT count(*) FROM dtm_emergency_event");
        assertThat(fields(dtm.post(
                        ENUMERATOR,
                        "/api/v1/dtm/events",
                        body(nowInLibya().plusHours(2).toString(), "LY021401", null))))
                .containsExactly("incidentAt");
        assertThat(fields(dtm.post(ENUMERATOR, "/api/v1/dtm/events", body("2026-03-10T10:00", "LY999999", null))))
                .containsExactly("baladiya");
        String dernaSite = dtm.site("OTHER", "LY010102");
        assertThat(fields(dtm.post(ENUMERATOR, "/api/v1/dtm/events", body("2026-03-10T10:00", "LY021401", dernaSite))))
                .containsExactly("siteId");
        assertThat(dtm.post(
                        ENUMERATOR,
                        "/api/v1/dtm/events",
                        body("2026-03-10T10:00", "LY021401", null).replace("FLOOD", "EARTHQUAKES")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.count("SELECT count(*) FROM dtm_emergency_event")).isEqualTo(events);

        String id = create("2026-03-10T10:00", "LY010102", dernaSite).get("id").asString();
        assertThat(fields(update(id, null, 10, 5, "[]"))).containsExactly("households");
        assertThat(fields(update(id, "2026-03-09T10:00", 1, 5, "[]"))).containsExactly("asOf");
        assertThat(fields(update(id, null, 1, 5, "[\"weapons\"]"))).containsExactly("needs[0]");
        assertThat(dtm.count("SELECT count(*) FROM dtm_emergency_update WHERE event_id = ?::uuid", id))
                .isZero();
        assertThat(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", java.util.UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.event-not-found");
    }

    @Test
    void aViewerReadsButCannotRecordAndSomeoneWithoutPermissionIsRefusedAndAudited() {
        assertThat(dtm.post(VIEWER, "/api/v1/dtm/events", body("2026-03-10T10:00", "LY021401", null)))
                .hasStatus(HttpStatus.FORBIDDEN);
        String id = create("2026-03-10T10:00", "LY021401", null).get("id").asString();
        assertThat(dtm.post(VIEWER, "/api/v1/dtm/events/{id}/updates", "{\"households\": 1, \"persons\": 2}", id))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", id))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("dtm-enumerator");
        long before = dtm.refusals("dtm-nobody");
        assertThat(dtm.get(NOBODY, "/api/v1/dtm/events/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.refusals("dtm-nobody")).isEqualTo(before + 1);
    }

    @Test
    void byTheClockAnEventIsOverdueFromTheMinuteAfterItsDueTimeAndAReportThenIsLate() {
        // 23:30 in Libya on 10 March 2026 (21:30 UTC): due at 23:30 on 13 March in Libya, 21:30 UTC.
        JsonNode onTime = atClock("2026-03-11T08:00:00Z", () -> create("2026-03-10T23:30", "LY021401", null));
        JsonNode late = atClock("2026-03-11T08:00:00Z", () -> create("2026-03-10T23:30", "LY021401", null));
        String onTimeId = onTime.get("id").asString();
        String lateId = late.get("id").asString();

        atClock("2026-03-13T21:29:00Z", () -> {
            assertThat(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", onTimeId))
                            .get("overdue")
                            .asBoolean())
                    .isFalse();
            assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue"))))
                    .doesNotContain(onTimeId);
            return null;
        });
        atClock("2026-03-13T21:30:00Z", () -> {
            // The due minute itself: not yet overdue, and a first report then is on time.
            assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue"))))
                    .doesNotContain(onTimeId);
            MvcTestResult report = update(onTimeId, null, 5, 20, "[\"food\"]");
            assertThat(report).hasStatus(HttpStatus.CREATED);
            assertThat(dtm.json(report).get("late").asBoolean()).isFalse();
            return null;
        });
        atClock("2026-03-13T21:31:00Z", () -> {
            assertThat(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", lateId))
                            .get("overdue")
                            .asBoolean())
                    .isTrue();
            assertThat(ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue"))))
                    .contains(lateId)
                    .doesNotContain(onTimeId);
            MvcTestResult report = update(lateId, null, 5, 20, "[\"food\"]");
            assertThat(dtm.json(report).get("late").asBoolean()).isTrue();
            JsonNode reported = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", lateId));
            assertThat(reported.get("overdue").asBoolean()).isFalse();
            assertThat(reported.get("firstReportLate").asBoolean()).isTrue();
            assertThat(reported.get("firstReportedAt").asString()).startsWith("2026-03-13T23:31");
            return null;
        });
        assertThat(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/{id}", onTimeId))
                        .get("firstReportLate")
                        .asBoolean())
                .isFalse();
    }

    /**
     * Runs the work with the emergency events' clock at the given instant, then puts the application's clock back. The
     * application has one {@code Clock} bean, shared by every test in this JVM: replacing it would start a second
     * application, so the service's own reference is moved, and only for the work.
     */
    private <T> T atClock(String instant, java.util.function.Supplier<T> work) {
        Object service = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(events);
        org.springframework.test.util.ReflectionTestUtils.setField(
                service, "clock", Clock.fixed(java.time.Instant.parse(instant), java.time.ZoneOffset.UTC));
        try {
            return work.get();
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(service, "clock", clock);
        }
    }

    private LocalDateTime nowInLibya() {
        return LocalDateTime.ofInstant(clock.instant(), LIBYA).truncatedTo(ChronoUnit.MINUTES);
    }

    private JsonNode create(String incidentAt, String baladiya, String site) {
        MvcTestResult created = dtm.post(ENUMERATOR, "/api/v1/dtm/events", body(incidentAt, baladiya, site));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return dtm.json(created);
    }

    private static String body(String incidentAt, String baladiya, String site) {
        return """
                {"type": "FLOOD", "incidentAt": "%s", "baladiya": "%s", "siteId": %s,
                 "description": "Wadi flooded the lower town"}
                """.formatted(incidentAt, baladiya, site == null ? "null" : "\"" + site + "\"");
    }

    private MvcTestResult update(String id, String asOf, long households, long persons, String needs) {
        return dtm.post(
                ENUMERATOR,
                "/api/v1/dtm/events/{id}/updates",
                """
                {"asOf": %s, "households": %d, "persons": %d, "needs": %s, "note": "Families in schools"}
                """.formatted(asOf == null ? "null" : "\"" + asOf + "\"", households, persons, needs),
                id);
    }

    private List<String> overdueIds(String at) {
        return ids(dtm.json(dtm.get(VIEWER, "/api/v1/dtm/events/overdue?at={at}", at)));
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.get("id").asString()));
        return ids;
    }

    private List<String> fields(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        dtm.json(result)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
