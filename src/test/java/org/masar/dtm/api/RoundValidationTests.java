package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each of the five validation rules, found, then fixed or confirmed with a reason. */
@MasarIntegrationTest
class RoundValidationTests {

    static final String ZLITEN = "LY021402";
    static final String MISRATA = "LY021401";

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
    void aBaladiyaWithNeitherAssessmentNorGapIsMissingUntilAGapIsRecorded() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.figures(round, "LY02140101", "{\"idps.ind\": 10, \"idps.hh\": 2}");
        List<JsonNode> missing = flags(validate(round), "missing-unit");
        assertThat(missing)
                .extracting(f -> f.get("pcode").asString())
                .contains("LY010102")
                .doesNotContain(ZLITEN, MISRATA)
                .hasSize(jdbc.sql("SELECT count(*) FROM geo_baladiya WHERE valid_to IS NULL")
                                .query(Integer.class)
                                .single()
                        - 2);
        assertThat(dtm.put(
                        "/api/v1/dtm/rounds/" + round + "/coverage-gaps/LY010102",
                        ENUMERATOR,
                        "{\"reason\": \"no-access\"}"))
                .hasStatusOk();
        JsonNode derna = flags(validate(round), "missing-unit").stream()
                .filter(f -> f.get("pcode").asString().equals("LY010102"))
                .findFirst()
                .orElseThrow();
        assertThat(derna.get("status").asString()).isEqualTo("FIXED");
        assertThat(derna.get("settledBy").asString()).isEqualTo("dtm-officer");
    }

    @Test
    void breakdownsBySexAndAgeMustAddUpToTheirTotal() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, ZLITEN, """
                {"migrants.ind": 10, "migrants.ind.f": 6, "migrants.ind.m": 5, "migrants.ind.f.children": 7,
                 "idps.ind": 20, "idps.ind.f": 8, "idps.hh": 5}
                """);
        List<JsonNode> found = flags(validate(round), "sex-age-sum");
        assertThat(found)
                .extracting(f ->
                        f.get("figureKey").asString() + " " + f.get("status").asString())
                .containsExactlyInAnyOrder("migrants.ind OPEN", "migrants.ind.f OPEN");
        assertThat(found.get(0).get("detail").get("sum").asLong()).isPositive();

        dtm.figures(round, ZLITEN, """
                {"migrants.ind": 10, "migrants.ind.f": 6, "migrants.ind.m": 4, "migrants.ind.f.children": 3,
                 "migrants.ind.f.adults": 3, "idps.ind": 20, "idps.ind.f": 8, "idps.hh": 5}
                """);
        assertThat(flags(validate(round), "sex-age-sum"))
                .extracting(f -> f.get("status").asString())
                .containsOnly("FIXED");
    }

    @Test
    void implausibleHouseholdSizesAreFlaggedAndAnOfficerMayConfirmThem() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 2, \"returnees.ind\": 30, \"returnees.hh\": 6}");
        List<JsonNode> found = flags(validate(round), "household-size");
        assertThat(found).hasSize(1);
        JsonNode flag = found.get(0);
        assertThat(flag.get("figureKey").asString()).isEqualTo("idps.hh");
        assertThat(flag.get("detail").get("size").asDouble()).isEqualTo(50.0);
        String confirm = "/api/v1/dtm/rounds/" + round + "/validation-flags/"
                + flag.get("id").asString() + "/confirmation";
        assertThat(dtm.post(confirm, ENUMERATOR, "{\"reason\": \"collective shelter\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.post(confirm, OFFICER, "{\"reason\": \"\"}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.post(confirm, OFFICER, "{\"reason\": \"collective shelter: one household per school\"}"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"status": "CONFIRMED", "reason": "collective shelter: one household per school",
                         "settledBy": "dtm-officer"}
                        """);
        assertThat(dtm.post(confirm, OFFICER, "{\"reason\": \"again\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.flag-not-open");
        // A later run keeps the confirmation and raises nothing new for it.
        assertThat(flags(validate(round), "household-size"))
                .extracting(f -> f.get("status").asString())
                .containsExactly("CONFIRMED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :r AND action = 'dtm.flag.confirmed'")
                        .param("r", round)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void muhallaSumsMayNotExceedTheirBaladiyasOwnFigure() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, MISRATA, "{\"idps.ind\": 40, \"idps.hh\": 8}");
        dtm.figures(round, "LY02140101", "{\"idps.ind\": 30, \"idps.hh\": 6}");
        dtm.figures(round, "LY02140102", "{\"idps.ind\": 25, \"idps.hh\": 5}");
        List<JsonNode> found = flags(validate(round), "muhalla-sum");
        assertThat(found)
                .extracting(f ->
                        f.get("pcode").asString() + " " + f.get("figureKey").asString())
                .containsExactlyInAnyOrder("LY021401 idps.ind", "LY021401 idps.hh");
        JsonNode detail = found.stream()
                .filter(f -> f.get("figureKey").asString().equals("idps.ind"))
                .findFirst()
                .orElseThrow()
                .get("detail");
        assertThat(detail.get("baladiya").asLong()).isEqualTo(40);
        assertThat(detail.get("muhallaSum").asLong()).isEqualTo(55);
        dtm.figures(round, MISRATA, "{\"idps.ind\": 60, \"idps.hh\": 12}");
        assertThat(flags(validate(round), "muhalla-sum"))
                .extracting(f -> f.get("status").asString())
                .containsOnly("FIXED");
    }

    @Test
    void changesBeyondTheRoundsThresholdFromThePreviousPublishedRoundAreFlagged() {
        String first = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(first, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.figures(first, MISRATA, "{\"migrants.ind\": 100}");
        dtm.gapsForAllBut(first, ZLITEN, MISRATA);
        dtm.publish(first);

        String second = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(second, ZLITEN, "{\"idps.ind\": 200, \"idps.hh\": 40}");
        dtm.figures(second, MISRATA, "{\"migrants.ind\": 120}");
        List<JsonNode> found = flags(validate(second), "change-from-previous");
        assertThat(found)
                .extracting(f ->
                        f.get("pcode").asString() + " " + f.get("figureKey").asString())
                .containsExactlyInAnyOrder("LY021402 idps.ind", "LY021402 idps.hh");
        JsonNode detail = found.get(0).get("detail");
        assertThat(detail.get("share").asDouble()).isEqualTo(1.0);
        assertThat(detail.get("threshold").asDouble()).isEqualTo(0.3);
    }

    private JsonNode validate(String round) {
        var result = dtm.post("/api/v1/dtm/rounds/" + round + "/validation", OFFICER, null);
        assertThat(result).hasStatusOk();
        return dtm.json(result);
    }

    private static List<JsonNode> flags(JsonNode all, String rule) {
        List<JsonNode> found = new ArrayList<>();
        all.forEach(flag -> {
            if (flag.get("rule").asString().equals(rule)) {
                found.add(flag);
            }
        });
        return found;
    }
}
