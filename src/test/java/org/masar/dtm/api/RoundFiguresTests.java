package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.DtmTestSupport;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundTrendPoint;
import org.masar.dtm.Rounds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures summed up the gazetteer at every level, the same before publication (summed on the fly) and after (read from
 * the aggregates), and compared with the previous published round.
 */
@MasarIntegrationTest
class RoundFiguresTests {

    static final String ZLITEN = "LY021402";
    static final String MISRATA = "LY021401";
    static final String DERNA = "LY010102";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Rounds rounds;

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc, encoder);
    }

    @Test
    void figuresAddUpAtEveryLevelBeforeAndAfterPublication() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        enter(round);

        String baladiya = """
                [{"pcode": "LY010102", "nameEn": "Derna", "nameAr": "درنة", "figures": {"migrants.ind": 7}},
                 {"pcode": "LY021401", "nameEn": "Misrata", "nameAr": "مصراتة",
                  "figures": {"idps.hh": 11, "idps.ind": 50, "migrants.ind": 5}},
                 {"pcode": "LY021402", "nameEn": "Zliten", "nameAr": "زليتن",
                  "figures": {"idps.hh": 20, "idps.ind": 100}}]
                """;
        String mantika = """
                [{"pcode": "LY0101", "figures": {"migrants.ind": 7}},
                 {"pcode": "LY0214", "figures": {"idps.hh": 31, "idps.ind": 150, "migrants.ind": 5}}]
                """;
        String region = """
                [{"pcode": "LY01", "figures": {"migrants.ind": 7}},
                 {"pcode": "LY02", "figures": {"idps.hh": 31, "idps.ind": 150, "migrants.ind": 5}}]
                """;
        String libya = """
                [{"pcode": "LY", "nameEn": "Libya", "nameAr": "ليبيا",
                  "figures": {"idps.hh": 31, "idps.ind": 150, "migrants.ind": 12}}]
                """;
        String muhalla = """
                [{"pcode": "LY02140101", "figures": {"idps.hh": 6, "idps.ind": 30, "migrants.ind": 5}},
                 {"pcode": "LY02140102", "figures": {"idps.hh": 5, "idps.ind": 20}}]
                """;
        for (int pass = 0; pass < 2; pass++) {
            assertFigures(round, "baladiya", baladiya, true);
            assertFigures(round, "mantika", mantika, false);
            assertFigures(round, "region", region, false);
            assertFigures(round, "libya", libya, true);
            assertFigures(round, "muhalla", muhalla, false);
            if (pass == 0) {
                dtm.gapsForAllBut(round, ZLITEN, MISRATA, DERNA);
                dtm.publish(round);
                assertThat(jdbc.sql("""
                                SELECT count(*) FROM dtm_aggregate a JOIN dtm_round_version v ON v.id = a.round_version_id
                                 WHERE v.round_id = CAST(:round AS uuid)
                                """).param("round", round).query(Long.class).single())
                        .as("aggregates written at publication")
                        .isEqualTo(6 + 4 + 4 + 3 + 5);
            }
        }
        // Published: a reader sees the same figures.
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=libya", READER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo(libya);
    }

    @Test
    void aBaladiyasOwnFigureWinsOverItsMuhallasKeyByKey() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, "LY02140101", "{\"idps.ind\": 30, \"idps.hh\": 6, \"migrants.ind\": 5}");
        dtm.figures(round, "LY02140102", "{\"idps.ind\": 20, \"idps.hh\": 5}");
        dtm.figures(round, MISRATA, "{\"idps.ind\": 60}");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=baladiya", OFFICER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"pcode": "LY021401", "figures": {"idps.hh": 11, "idps.ind": 60, "migrants.ind": 5}}]
                        """);
    }

    @Test
    void changesAreTakenFromThePreviousPublishedRound() {
        int number = DtmTestSupport.nextNumber();
        String first = dtm.collectingRound(number);
        dtm.figures(first, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.figures(first, DERNA, "{\"migrants.ind\": 40}");
        dtm.gapsForAllBut(first, ZLITEN, DERNA);
        dtm.publish(first);

        String second = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(second, ZLITEN, "{\"idps.ind\": 150, \"idps.hh\": 30}");
        dtm.figures(second, DERNA, "{\"migrants.ind\": 30, \"returnees.ind\": 12}");

        assertThat(dtm.get("/api/v1/dtm/rounds/" + second + "/changes?level=baladiya", OFFICER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"pcode": "LY010102", "nameEn": "Derna",
                          "figures": {"migrants.ind": {"value": 30, "previous": 40, "difference": -10, "share": -0.25},
                                      "returnees.ind": {"value": 12, "previous": null, "difference": null}}},
                         {"pcode": "LY021402",
                          "figures": {"idps.ind": {"value": 150, "previous": 100, "difference": 50, "share": 0.5},
                                      "idps.hh": {"value": 30, "previous": 20, "difference": 10, "share": 0.5}}}]
                        """);
        assertThat(dtm.get("/api/v1/dtm/rounds/" + second + "/changes?level=libya", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"pcode": "LY", "figures": {"idps.ind": {"value": 150, "previous": 100, "difference": 50}}}]
                        """);
        // Published, the same changes are read from the aggregates, by a reader too.
        dtm.gapsForAllBut(second, ZLITEN, DERNA);
        dtm.publish(second);
        assertThat(dtm.get("/api/v1/dtm/rounds/" + second + "/changes?level=mantika", READER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"pcode": "LY0101",
                          "figures": {"migrants.ind": {"value": 30, "previous": 40, "difference": -10, "share": -0.25},
                                      "returnees.ind": {"value": 12, "previous": null}}},
                         {"pcode": "LY0214",
                          "figures": {"idps.ind": {"value": 150, "previous": 100, "difference": 50, "share": 0.5}}}]
                        """);
    }

    @Test
    void theTrendOfAUnitRunsAcrossPublishedRounds() {
        int first = DtmTestSupport.nextNumber();
        String one = dtm.collectingRound(first);
        dtm.figures(one, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.gapsForAllBut(one, ZLITEN);
        dtm.publish(one);
        String two = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(two, DERNA, "{\"migrants.ind\": 9}");
        dtm.gapsForAllBut(two, DERNA);
        dtm.publish(two);
        String unpublished = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(unpublished, ZLITEN, "{\"idps.ind\": 1}");

        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "dtm-reader", null, AuthorityUtils.createAuthorityList("dtm:read")));
        try {
            List<RoundTrendPoint> trend = rounds.trend(DtmLevel.BALADIYA, ZLITEN);
            assertThat(trend)
                    .extracting(RoundTrendPoint::round)
                    .contains(RoundId.parse(one), RoundId.parse(two))
                    .doesNotContain(RoundId.parse(unpublished));
            assertThat(trend)
                    .filteredOn(point -> point.round().equals(RoundId.parse(one)))
                    .singleElement()
                    .satisfies(point -> {
                        assertThat(point.number()).isEqualTo(first);
                        assertThat(point.figures())
                                .containsEntry("idps.ind", 100L)
                                .containsEntry("idps.hh", 20L);
                    });
            assertThat(trend)
                    .filteredOn(point -> point.round().equals(RoundId.parse(two)))
                    .singleElement()
                    .satisfies(point -> assertThat(point.figures()).isEmpty());
            assertThat(rounds.trend(DtmLevel.LIBYA, "ly"))
                    .filteredOn(point -> point.round().equals(RoundId.parse(two)))
                    .singleElement()
                    .satisfies(point -> assertThat(point.figures()).containsEntry("migrants.ind", 9L));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void enter(String round) {
        assertThat(dtm.figures(round, ZLITEN, "{\"idps.ind\": 100, \"idps.hh\": 20}"))
                .hasStatusOk();
        assertThat(dtm.figures(round, "LY02140101", "{\"idps.ind\": 30, \"idps.hh\": 6, \"migrants.ind\": 5}"))
                .hasStatusOk();
        assertThat(dtm.figures(round, "LY02140102", "{\"idps.ind\": 20, \"idps.hh\": 5}"))
                .hasStatusOk();
        assertThat(dtm.figures(round, DERNA, "{\"migrants.ind\": 7}")).hasStatusOk();
    }

    private void assertFigures(String round, String level, String expected, boolean strictNames) {
        var body = assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=" + level, OFFICER))
                .hasStatusOk()
                .bodyJson();
        if (strictNames) {
            body.isStrictlyEqualTo(expected);
        } else {
            body.isLenientlyEqualTo(expected);
        }
    }
}
