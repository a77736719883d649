package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round from planning to publication through the maker-checker, frozen once published (in PostgreSQL too), then
 * corrected as a new version while the published one stays readable; and who may do what.
 */
@MasarIntegrationTest
class RoundPublicationTests {

    static final String ZLITEN = "LY021402";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc, encoder);
    }

    @Test
    void aRoundIsCollectedValidatedPublishedByTwoOfficersFrozenAndCorrected() {
        String round = dtm.round(DtmTestSupport.nextNumber());
        String base = "/api/v1/dtm/rounds/" + round;

        // Planned: nothing may be entered yet, and the steps run in order only.
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 100}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.version-not-open");
        assertThat(dtm.post(base + "/validation", OFFICER, null)).hasStatus(HttpStatus.CONFLICT);
        assertThat(dtm.post(base + "/collection", ENUMERATOR, null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.post(base + "/collection", OFFICER, null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("COLLECTING");
        assertThat(dtm.post(base + "/collection", OFFICER, null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.transition-refused");

        // Collecting: the enumerator enters; publication is not asked yet.
        assertThat(dtm.put(base + "/assessments/" + ZLITEN, ENUMERATOR, """
                        {"assessedOn": "2026-01-20", "figures": {"idps.ind": 100, "idps.hh": 20},
                         "keyInformants": [{"role": "mukhtar", "sex": "m", "organisationType": "municipality"}],
                         "priorityNeeds": {"idps": ["shelter", "food", "health"]}}
                        """))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"pcode": "LY021402", "level": "baladiya", "nameEn": "Zliten", "version": 1,
                         "source": "entry", "figures": {"idps.hh": 20, "idps.ind": 100},
                         "keyInformants": [{"role": "mukhtar", "sex": "m", "organisationType": "municipality"}],
                         "priorityNeeds": {"idps": ["shelter", "food", "health"]}}
                        """);
        assertThat(dtm.post(base + "/publication-request", OFFICER, null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.transition-refused");

        // Validating: missing units are flagged, so publication is refused until they are settled.
        assertThat(dtm.post(base + "/validation", OFFICER, null)).hasStatusOk();
        assertThat(dtm.get(base, OFFICER)).bodyJson().extractingPath("$.status").isEqualTo("VALIDATING");
        assertThat(dtm.post(base + "/publication-request", OFFICER, null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.open-flags");
        dtm.gapsForAllBut(round, ZLITEN);
        assertThat(dtm.post(base + "/publication-request", ENUMERATOR, null)).hasStatus(HttpStatus.FORBIDDEN);
        // The refusal is in the audit trail, as every 403 is.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = 'dtm-enumerator' AND action = 'access.refused' AND outcome = 'DENIED'
                           AND subject_id LIKE :path
                        """)
                        .param("path", "%/api/v1/dtm/rounds/" + round + "/publication-request")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        DtmTestSupport.Account maker = dtm.account("DTM_OFFICER");
        DtmTestSupport.Account checker = dtm.account("DTM_OFFICER");
        assertThat(dtm.post(base + "/publication-request", maker, null))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.publicationPending")
                .isEqualTo(true);
        String request = dtm.publicationRequest(round);
        // The checker's page of the request leads to the round, to read what they are asked to publish.
        assertThat(mvc.get().uri("/approvals/" + request + "?lang=en").with(checker))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"approval-subject-page\" href=\"/dtm/rounds/" + round + "\"");
        // While the request is pending the version may not change.
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 101, \"idps.hh\": 20}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.publication-pending");
        // The maker cannot approve their own request.
        assertThat(dtm.post("/api/v1/approvals/" + request + "/approval", maker, null))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.own-command");
        assertThat(dtm.get(base, OFFICER)).bodyJson().extractingPath("$.status").isEqualTo("VALIDATING");
        // Nothing is published, so a reader sees nothing yet.
        assertThat(dtm.get(base + "/figures?level=libya", READER)).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(dtm.post("/api/v1/approvals/" + request + "/approval", checker, null))
                .hasStatusOk();
        JsonNode published = dtm.json(dtm.get(base, OFFICER));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(1);
        JsonNode version1 = published.get("versions").get(0);
        assertThat(version1.get("publishedBy").asString()).isEqualTo(maker.username());
        assertThat(version1.get("approvedBy").asString()).isEqualTo(checker.username());
        assertThat(dtm.get(base + "/figures?level=libya", READER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("[{\"pcode\": \"LY\", \"figures\": {\"idps.ind\": 100, \"idps.hh\": 20}}]");
        assertThat(dtm.get(base + "/assessments/" + ZLITEN, READER)).hasStatusOk();

        // Frozen: the application refuses, and so does PostgreSQL whatever asks.
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 5}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.version-not-open");
        assertThat(dtm.put(base + "/coverage-gaps/LY021401", ENUMERATOR, "{\"reason\": \"insecurity\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThatThrownBy(() -> jdbc.sql("""
                                UPDATE dtm_figure SET value = 1
                                 WHERE assessment_id IN (SELECT a.id FROM dtm_assessment a
                                                          JOIN dtm_round_version v ON v.id = a.round_version_id
                                                         WHERE v.round_id = CAST(:round AS uuid))
                                """).param("round", round).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("""
                                DELETE FROM dtm_coverage_gap WHERE round_version_id IN
                                  (SELECT id FROM dtm_round_version WHERE round_id = CAST(:round AS uuid))
                                """).param("round", round).update()).isInstanceOf(DataAccessException.class);

        // A correction opens version 2 as a copy; version 1 stays as published.
        assertThat(dtm.post(base + "/corrections", ENUMERATOR, "{\"reason\": \"Zliten recounted\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.post(base + "/corrections", OFFICER, "{\"reason\": \" \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.post(base + "/corrections", OFFICER, "{\"reason\": \"Zliten recounted\"}"))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"version": 2, "status": "COLLECTING", "publishedVersion": 1,
                         "versions": [{"version": 1, "status": "PUBLISHED"},
                                      {"version": 2, "status": "COLLECTING", "correctionReason": "Zliten recounted"}]}
                        """);
        assertThat(dtm.post(base + "/corrections", OFFICER, "{\"reason\": \"again\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.not-published");
        assertThat(dtm.get(base + "/assessments/" + ZLITEN, OFFICER)).bodyJson().isLenientlyEqualTo("""
                        {"version": 2, "source": "correction:1", "figures": {"idps.ind": 100, "idps.hh": 20},
                         "keyInformants": [{"role": "mukhtar"}], "priorityNeeds": {"idps": ["shelter", "food", "health"]}}
                        """);
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 90, \"idps.hh\": 18}"))
                .hasStatusOk();
        // Until version 2 is published, everyone reads version 1 by default; collectors may ask for version 2.
        assertThat(dtm.get(base + "/figures?level=libya", READER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 100}}]");
        assertThat(dtm.get(base + "/figures?level=libya", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 100}}]");
        assertThat(dtm.get(base + "/figures?level=libya&version=2", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 90}}]");
        assertThat(dtm.get(base + "/figures?level=libya&version=2", READER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.version-not-found");

        dtm.publish(round);
        assertThat(dtm.get(base + "/figures?level=libya", READER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 90, \"idps.hh\": 18}}]");
        assertThat(dtm.get(base + "/figures?level=libya&version=1", READER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 100, \"idps.hh\": 20}}]");
        assertThat(dtm.get(base + "/assessments/" + ZLITEN + "?version=1", READER))
                .bodyJson()
                .extractingPath("$.figures['idps.ind']")
                .isEqualTo(100);

        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY occurred_at, action) FROM audit_entry
                         WHERE subject_id = :round AND action LIKE 'dtm.round.%'
                        """).param("round", round).query(String.class).single())
                .contains(
                        "dtm.round.created",
                        "dtm.round.collection-started",
                        "dtm.round.publication-requested",
                        "dtm.round.published",
                        "dtm.round.correction-opened");
    }

    @Test
    void aRejectedRequestLetsTheVersionChangeAgain() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String base = "/api/v1/dtm/rounds/" + round;
        dtm.figures(round, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.gapsForAllBut(round, ZLITEN);
        dtm.post(base + "/validation", OFFICER, null);
        DtmTestSupport.Account maker = dtm.account("DTM_OFFICER");
        DtmTestSupport.Account checker = dtm.account("DTM_OFFICER");
        assertThat(dtm.post(base + "/publication-request", maker, null)).hasStatus(HttpStatus.ACCEPTED);
        assertThat(dtm.post(
                        "/api/v1/approvals/" + dtm.publicationRequest(round) + "/rejection",
                        checker,
                        "{\"reason\": \"Zliten looks too low\"}"))
                .hasStatusOk();
        assertThat(dtm.get(base, OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("{\"status\": \"VALIDATING\", \"publicationPending\": false}");
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 130, \"idps.hh\": 20}"))
                .hasStatusOk();
    }

    @Test
    void assessmentsAreCheckedUnitByUnit() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String base = "/api/v1/dtm/rounds/" + round;
        // A mantika, an unknown unit and nonsense are not assessable.
        for (String pcode : new String[] {"LY0214", "LY99999999", "nowhere"}) {
            assertThat(dtm.figures(round, pcode, "{\"idps.ind\": 1}"))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/dtm.unit-not-assessable");
        }
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind.x\": 1, \"refugees.ind\": 2, \"idps.ind\": -1}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("figures.idps.ind.x", "figures.refugees.ind", "figures.idps.ind");
        assertThat(dtm.put(base + "/assessments/" + ZLITEN, ENUMERATOR, """
                        {"figures": {}, "keyInformants": [{"role": "Ahmed Ali", "sex": "x", "organisationType": "ngo"}],
                         "priorityNeeds": {"idps": ["food", "food"], "tourists": ["food"]}}
                        """))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains(
                        "keyInformants[0].role",
                        "keyInformants[0].sex",
                        "priorityNeeds.idps",
                        "priorityNeeds.tourists");
        assertThat(dtm.get(base + "/assessments/" + ZLITEN, OFFICER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.assessment-not-found");
        // A reader may not enter, an enumerator may.
        assertThat(dtm.put(base + "/assessments/" + ZLITEN, READER, "{\"figures\": {\"idps.ind\": 1}}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Coverage gaps: recorded with a reason, refused for an assessed unit, removed.
        assertThat(dtm.put(base + "/coverage-gaps/LY021401", ENUMERATOR, "{\"reason\": \"bad-weather\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.put(
                        base + "/coverage-gaps/LY021401",
                        ENUMERATOR,
                        "{\"reason\": \"insecurity\", \"note\": \"clashes\"}"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("{\"pcode\": \"LY021401\", \"reason\": \"insecurity\", \"note\": \"clashes\"}");
        assertThat(dtm.figures(round, "LY02140101", "{\"idps.ind\": 10}")).hasStatusOk();
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 10}")).hasStatusOk();
        assertThat(dtm.put(base + "/coverage-gaps/" + ZLITEN, ENUMERATOR, "{\"reason\": \"insecurity\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.unit-assessed");
        assertThat(dtm.get(base + "/coverage", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("{\"assessed\": 2, \"gaps\": 0, \"muhallaAssessed\": 1}");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        assertThat(mvc.delete()
                        .uri(base + "/coverage-gaps/LY021401")
                        .with(ENUMERATOR)
                        .with(csrf))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.delete()
                        .uri(base + "/coverage-gaps/LY021401")
                        .with(ENUMERATOR)
                        .with(csrf))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.coverage-gap-not-found");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE subject_id = :round AND action = 'dtm.assessment.saved'")
                        .param("round", round)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
