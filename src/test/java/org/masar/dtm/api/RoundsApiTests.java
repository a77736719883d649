package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Planning rounds through the API: 201 with Location, conflicts, field errors, who sees what, the audit trail. */
@MasarIntegrationTest
class RoundsApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc);
    }

    @Test
    void aRoundIsPlannedWithItsFirstVersionAndReadBack() {
        int number = DtmTestSupport.nextNumber();
        MvcTestResult created = dtm.post("/api/v1/dtm/rounds", OFFICER, """
                {"number": %d, "periodStart": "2026-01-05", "periodEnd": "2026-03-20"}
                """.formatted(number));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode body = dtm.json(created);
        String id = body.get("id").asString();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/dtm/rounds/" + id);
        assertThat(body.get("number").asInt()).isEqualTo(number);
        assertThat(body.get("status").asString()).isEqualTo("PLANNED");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("periodEnd").asString()).isEqualTo("2026-03-20");
        assertThat(body.get("changeThreshold").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(body.get("versions").get(0).get("status").asString()).isEqualTo("PLANNED");

        assertThat(mvc.get().uri("/api/v1/dtm/rounds/{id}", id).with(ENUMERATOR))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.number")
                .isEqualTo(number);
        assertThat(dtm.get("/api/v1/dtm/rounds?size=200", OFFICER))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .contains(id);
        // Nothing is published yet: a reader with dtm:read alone does not see the round.
        assertThat(dtm.get("/api/v1/dtm/rounds/" + id, READER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.round-not-found");
        assertThat(dtm.get("/api/v1/dtm/rounds?size=200", READER))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .doesNotContain(id);
        assertThat(dtm.get("/api/v1/dtm/rounds/" + id + "/figures?level=libya", READER))
                .hasStatus(HttpStatus.NOT_FOUND);
        // An empty round still has Libya, with no figures.
        assertThat(dtm.get("/api/v1/dtm/rounds/" + id + "/figures?level=libya", OFFICER))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("""
                        [{"pcode": "LY", "nameEn": "Libya", "nameAr": "ليبيا", "figures": {}}]
                        """);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'dtm.round.created' AND subject_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTakenNumberIsAConflictAndAnEndBeforeTheStartIsRefused() {
        int number = DtmTestSupport.nextNumber();
        dtm.round(number);
        assertThat(dtm.post("/api/v1/dtm/rounds", OFFICER, """
                        {"number": %d, "periodStart": "2026-01-05", "periodEnd": "2026-02-28"}
                        """.formatted(number)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.round-number-taken");
        assertThat(dtm.post("/api/v1/dtm/rounds", OFFICER, """
                        {"number": %d, "periodStart": "2026-03-05", "periodEnd": "2026-02-28"}
                        """.formatted(DtmTestSupport.nextNumber())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("periodEnd");
        assertThat(dtm.post("/api/v1/dtm/rounds", ENUMERATOR, """
                        {"number": %d, "periodStart": "2026-01-05", "periodEnd": "2026-02-28"}
                        """.formatted(DtmTestSupport.nextNumber())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.get("/api/v1/dtm/rounds/" + java.util.UUID.randomUUID() + "/figures?level=nowhere", OFFICER))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }
}
