package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Services delivered through the API: recorded and read back, on the person's timeline, delivering a case's planned
 * item, voided only with a reason (kept), refused for a person outside the caller's scopes and for a reader who may
 * not record (audited), and bad input refused whole with nothing written.
 */
@MasarIntegrationTest
class ServicesApiTests {

    static final String SERVICES = "/api/v1/assistance/services";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Environment environment;

    ReferralsTestSupport support;
    User caseworker;
    String person;
    String today;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        person = support.person(caseworker, "Salma");
        today = LocalDate.now(ZoneId.of("Africa/Tripoli")).toString();
    }

    private String body(String person, String type, String extra) {
        return """
                {"person": "%s", "type": "%s", "quantity": 2, "unit": "kits", "baladiya": "%s",
                 "deliveredOn": "%s", "programme": "WASH", "project": "WASH-2026-01"%s}
                """.formatted(person, type, ReferralsTestSupport.TRIPOLI, today, extra);
    }

    private long services() {
        return jdbc.sql("SELECT count(*) FROM assistance_service")
                .query(Long.class)
                .single();
    }

    @Test
    void aServiceIsRecordedReadBackListedAndOnThePersonsTimeline() {
        var recorded = support.post(caseworker, SERVICES, body(person, "hygiene-kit", ""));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        JsonNode service = support.json(recorded);
        String id = service.get("id").asString();
        assertThat(service.get("person").asString()).isEqualTo(person);
        assertThat(service.get("recordedBy").asString()).isEqualTo(caseworker.username());

        JsonNode read = support.json(support.get(caseworker, SERVICES + "/{id}", id));
        assertThat(read.get("type").asString()).isEqualTo("hygiene-kit");
        assertThat(read.get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(read.get("unit").asString()).isEqualTo("kits");
        assertThat(read.get("baladiya").asString()).isEqualTo(ReferralsTestSupport.TRIPOLI);
        assertThat(read.get("programme").asString()).isEqualTo("WASH");
        assertThat(read.get("voided").asBoolean()).isFalse();

        JsonNode listed = support.json(support.get(
                caseworker, SERVICES + "?person={p}&programme=WASH&month={m}", person, today.substring(0, 7)));
        assertThat(listed.get("total").asLong()).isOne();
        assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(support.json(support.get(caseworker, SERVICES + "?person={p}&programme=MRRM", person))
                        .get("total")
                        .asLong())
                .isZero();

        String timeline = support.json(support.get(caseworker, "/api/v1/people/{id}/timeline", person))
                .toString();
        assertThat(timeline).contains(id).contains("assistance");
        assertThat(support.audited(caseworker, "assistance.service.recorded", "SUCCESS"))
                .isOne();
    }

    @Test
    void aServiceIsVoidedOnlyWithAReasonAndKept() {
        String id = support.json(support.post(caseworker, SERVICES, body(person, "food", "")))
                .get("id")
                .asString();
        assertThat(support.post(caseworker, SERVICES + "/" + id + "/void", "{\"reason\": \"  \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        assertThat(support.json(support.get(caseworker, SERVICES + "/{id}", id))
                        .get("voided")
                        .asBoolean())
                .isFalse();

        JsonNode voided = support.json(support.post(
                caseworker, SERVICES + "/" + id + "/void", "{\"reason\": \"Recorded for the wrong person\"}"));
        assertThat(voided.get("voided").asBoolean()).isTrue();
        assertThat(voided.get("voidReason").asString()).isEqualTo("Recorded for the wrong person");
        assertThat(support.post(caseworker, SERVICES + "/" + id + "/void", "{\"reason\": \"Again\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        // Kept, and listed marked voided.
        JsonNode listed = support.json(support.get(caseworker, SERVICES + "?person={p}", person));
        assertThat(listed.get("items").get(0).get("voided").asBoolean()).isTrue();
        assertThat(support.audited(caseworker, "assistance.service.voided", "SUCCESS"))
                .isOne();
    }

    @Test
    void aPersonOutsideTheCallersScopesIsRefusedAndNothingWritten() {
        User misrata = support.user("CASEWORKER", null, null, "LY021203");
        String id = support.json(support.post(caseworker, SERVICES, body(person, "food", "")))
                .get("id")
                .asString();
        long before = services();
        assertThat(support.post(misrata, SERVICES, body(person, "food", ""))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.get(misrata, SERVICES + "/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.json(support.get(misrata, SERVICES)).toString()).doesNotContain(id);
        assertThat(support.post(misrata, SERVICES + "/" + id + "/void", "{\"reason\": \"Not mine\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(services()).isEqualTo(before);
    }

    @Test
    void aUserLimitedToProgrammesRecordsOnlyUnderTheirs() {
        User mrrmOnly = support.user("CASEWORKER");
        jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, 'MRRM')")
                .param("id", mrrmOnly.id())
                .update();
        long before = services();
        // The body records under WASH: refused, and nothing written.
        assertThat(support.post(mrrmOnly, SERVICES, body(person, "food", "")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.programme-out-of-scope");
        assertThat(services()).isEqualTo(before);
        assertThat(support.post(mrrmOnly, SERVICES, body(person, "food", "").replace("\"WASH\"", "\"MRRM\"")))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void badInputIsRefusedWholeAndNothingIsWritten() {
        long before = services();
        String tomorrow = LocalDate.now(ZoneId.of("Africa/Tripoli")).plusDays(1).toString();
        assertThat(support.post(caseworker, SERVICES, """
                        {"person": "%s", "type": "teleportation", "quantity": -1, "deliveredOn": "%s",
                         "programme": "NOT_ONE", "baladiya": "LY999999"}
                        """.formatted(person, tomorrow)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("type", "quantity", "deliveredOn", "programme", "baladiya");
        assertThat(support.post(caseworker, SERVICES, body(UUID.randomUUID().toString(), "food", ""))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(support.post(caseworker, SERVICES, "{\"deliveredOn\": \"yesterday\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(services()).isEqualTo(before);
    }

    @Test
    void aReaderWhoMayNotRecordIsRefusedAndTheRefusalAudited() {
        User reader = support.user("ME_OFFICER");
        long before = services();
        assertThat(support.post(reader, SERVICES, body(person, "food", "")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND outcome = 'DENIED' AND action = 'access.refused'
                        """)
                        .param("actor", reader.username())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(services()).isEqualTo(before);
    }

    @Test
    void aServiceDeliversTheCasesPlannedItem() {
        User protection = support.user("PROTECTION_CASEWORKER");
        String survivor = support.person(protection, "Warda");
        UUID caseId = restrictedCase(UUID.fromString(survivor), protection.id());
        String item = support.json(support.post(
                        protection,
                        "/api/v1/cases/" + caseId + "/service-plan",
                        "{\"service\": \"MHPSS\", \"details\": \"Four sessions\"}"))
                .get("id")
                .asString();
        long before = services();
        // An item that is not this case's is refused, and nothing is written.
        assertThat(support.post(
                        protection,
                        SERVICES,
                        body(
                                survivor,
                                "mhpss-session",
                                ", \"caseId\": \"%s\", \"servicePlanItem\": \"%s\""
                                        .formatted(caseId, UUID.randomUUID()))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("servicePlanItem");
        assertThat(services()).isEqualTo(before);

        var recorded = support.post(
                protection,
                SERVICES,
                body(
                        survivor,
                        "mhpss-session",
                        ", \"caseId\": \"%s\", \"servicePlanItem\": \"%s\"".formatted(caseId, item)));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        String id = support.json(recorded).get("id").asString();

        JsonNode delivered = null;
        for (JsonNode each : support.json(support.get(protection, "/api/v1/cases/{id}/service-plan", caseId))
                .get("items")) {
            if (each.get("id").asString().equals(item)) {
                delivered = each;
            }
        }
        assertThat(delivered).isNotNull();
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("deliveredByType").asString()).isEqualTo("assistance.service");
        assertThat(delivered.get("deliveredById").asString()).isEqualTo(id);
        // The case's service is on the timeline for readers of the case only.
        assertThat(support.json(support.get(protection, "/api/v1/people/{id}/timeline", survivor))
                        .toString())
                .contains(id);
    }

    /** A GBV case (restricted by its type) assigned to the user, written as the owner. */
    private UUID restrictedCase(UUID personId, UUID assignee) {
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        UUID organisation = support.organisation("MISSION");
        UUID office = support.office(organisation);
        UUID id = UUID.randomUUID();
        owner.sql("""
                        INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, assigned_to,
                                                sensitivity, status, stage, opened_at, opened_by, updated_at,
                                                updated_by)
                        VALUES (:id, :number, 'gbv', :person, :office, :assignee, 'RESTRICTED', 'open', 'new', now(),
                                'test', now(), 'test')
                        """)
                .param("id", id)
                .param("number", "A-" + id.toString().substring(0, 8))
                .param("person", personId)
                .param("office", office)
                .param("assignee", assignee)
                .update();
        return id;
    }
}
