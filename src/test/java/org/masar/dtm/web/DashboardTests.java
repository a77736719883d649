package org.masar.dtm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DashboardTestRounds;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DTM dashboard: the latest published round's national figures with the change from the previous one, the map's
 * figures by baladiya and muhalla (suppressed as the exports are), the trend across rounds, the shapes, the menu entry
 * and the home dashboard's figures; for readers only.
 */
@MasarIntegrationTest
class DashboardTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    int previous;
    int latest;
    UUID latestRound;

    @BeforeEach
    void publishTwoRounds() {
        DashboardTestRounds rounds = new DashboardTestRounds(jdbc);
        previous = DashboardTestRounds.nextNumber();
        rounds.published(
                previous,
                Map.of(
                        "LY010102", Map.of("idps.ind", 1000L, "returnees.ind", 400L, "migrants.ind", 200L),
                        "LY021104", Map.of("idps.ind", 1000L, "returnees.ind", 100L, "migrants.ind", 300L)));
        latest = DashboardTestRounds.nextNumber();
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put("LY010102", Map.of("idps.ind", 1200L, "returnees.ind", 400L, "migrants.ind", 250L));
        figures.put("LY010103", Map.of("idps.ind", 2L, "returnees.ind", 10L, "migrants.ind", 40L));
        figures.put("LY010101", Map.of("idps.ind", 60L, "returnees.ind", 20L, "migrants.ind", 10L));
        figures.put("LY02110401", Map.of("idps.ind", 500L, "returnees.ind", 20L, "migrants.ind", 150L));
        figures.put("LY02110402", Map.of("idps.ind", 338L, "returnees.ind", 50L, "migrants.ind", 100L));
        latestRound = rounds.published(latest, figures);
    }

    @Test
    void theNationalFiguresShowTheChangeFromThePreviousRound() {
        JsonNode headline = json(get("/api/v1/dtm/dashboard", DtmTestSupport.READER));
        assertThat(headline.get("round").get("number").asInt()).isEqualTo(latest);
        assertThat(headline.get("round").get("id").asString()).isEqualTo(latestRound.toString());
        assertThat(headline.get("previous").get("number").asInt()).isEqualTo(previous);
        JsonNode idps = headline.get("figures").get(0);
        assertThat(idps.get("key").asString()).isEqualTo("idps.ind");
        assertThat(idps.get("value").asLong()).isEqualTo(2100);
        assertThat(idps.get("previous").asLong()).isEqualTo(2000);
        assertThat(idps.get("change").asLong()).isEqualTo(100);
        assertThat(idps.get("changePercent").asDouble()).isEqualTo(5.0);
        JsonNode returnees = headline.get("figures").get(1);
        assertThat(returnees.get("change").asLong()).isEqualTo(0);
        JsonNode migrants = headline.get("figures").get(2);
        assertThat(migrants.get("value").asLong()).isEqualTo(550);
        assertThat(migrants.get("changePercent").asDouble()).isEqualTo(10.0);
    }

    @Test
    void thePageShowsTheFiguresInEnglishAndArabic() throws Exception {
        MvcTestResult english =
                mvc.get().uri("/dtm?lang=en").with(DtmTestSupport.READER).exchange();
        assertThat(english.getResponse().getStatus()).isEqualTo(200);
        String page = english.getResponse().getContentAsString();
        assertThat(page)
                .contains("Displacement Tracking Matrix")
                .contains("Round " + latest)
                .contains("2,100")
                .contains("Since round " + previous + ": +100 (+5.0 %)")
                .contains("id=\"dtm-map\"")
                .contains("data-map-url=\"/api/v1/dtm/dashboard/map\"")
                .contains("/api/v1/dtm/rounds/" + latestRound + "/export?level=baladiya&amp;format=csv")
                .contains("© OpenStreetMap contributors")
                .contains("GeoNames")
                .contains("geoBoundaries")
                .contains("Gemienis")
                .contains("86 baladiya are drawn at their seat town")
                .contains("14 baladiya have no seat town");
        MvcTestResult arabic =
                mvc.get().uri("/dtm?lang=ar").with(DtmTestSupport.READER).exchange();
        String arabicPage = arabic.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(arabicPage)
                .contains("dir=\"rtl\"")
                .contains("مصفوفة تتبع النزوح")
                .contains("النازحون داخلياً");
    }

    @Test
    void theMapGivesOneFigurePerBaladiyaSuppressedAsTheExportsAre() {
        JsonNode map = json(get("/api/v1/dtm/dashboard/map?level=baladiya&figure=idps.ind", DtmTestSupport.READER));
        assertThat(map.get("round").get("number").asInt()).isEqualTo(latest);
        Map<String, JsonNode> units = byPcode(map.get("units"));
        assertThat(units.keySet()).containsExactly("LY010101", "LY010102", "LY010103", "LY021104");
        assertThat(units.get("LY010102").get("value").asLong()).isEqualTo(1200);
        assertThat(units.get("LY010103").get("shown").asString()).isEqualTo("<5");
        assertThat(units.get("LY010103").get("value").isNull()).isTrue();
        // Derna's mantika total minus its units would give Alqubba's 2 back: the smallest other unit is withheld.
        assertThat(units.get("LY010101").get("shown").asString()).isEqualTo("x");
        assertThat(units.get("LY021104").get("value").asLong())
                .as("Tripoli: its two muhalla summed")
                .isEqualTo(838);
        // Every baladiya has a place: 86 at their seat town, 14 to be placed schematically.
        JsonNode places = map.get("places");
        assertThat(places.size()).isEqualTo(100);
        long seated = 0;
        for (JsonNode place : places) {
            if (!place.get("lat").isNull()) {
                seated++;
            }
        }
        assertThat(seated).isEqualTo(86);
        JsonNode derna = byPcode(places).get("LY010102");
        assertThat(derna.get("lat").asDouble()).isEqualTo(32.75938);
        assertThat(byPcode(places).get("LY010203").get("lat").isNull())
                .as("Assahel has no seat town")
                .isTrue();
    }

    @Test
    void theMapAtMuhallaLevelNamesEachMuhallaAndItsBaladiya() {
        JsonNode map = json(get("/api/v1/dtm/dashboard/map?level=muhalla&figure=migrants.ind", DtmTestSupport.READER));
        Map<String, JsonNode> units = byPcode(map.get("units"));
        assertThat(units.keySet()).containsExactly("LY02110401", "LY02110402");
        assertThat(units.get("LY02110401").get("baladiya").asString()).isEqualTo("LY021104");
        assertThat(units.get("LY02110401").get("value").asLong()).isEqualTo(150);
        assertThat(units.get("LY02110401").get("nameEn").asString()).isNotBlank();
    }

    @Test
    void aLevelOrFigureTheMapDoesNotDrawIsABadRequest() {
        for (String query : List.of("level=mantika&figure=idps.ind", "level=baladiya&figure=idps.hh", "")) {
            MvcTestResult result = get("/api/v1/dtm/dashboard/map?" + query, DtmTestSupport.READER);
            assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
            assertThat(DtmTestSupport.body(result)).contains("/problems/validation");
        }
    }

    @Test
    void theTrendsListEveryPublishedRoundOldestFirst() {
        JsonNode trends = json(get("/api/v1/dtm/dashboard/trends", DtmTestSupport.READER));
        int last = trends.size() - 1;
        assertThat(trends.get(last).get("number").asInt()).isEqualTo(latest);
        assertThat(trends.get(last - 1).get("number").asInt()).isEqualTo(previous);
        assertThat(trends.get(last).get("figures").get("idps.ind").asLong()).isEqualTo(2100);
        assertThat(trends.get(last - 1).get("figures").get("migrants.ind").asLong())
                .isEqualTo(500);
        for (int i = 1; i < trends.size(); i++) {
            assertThat(trends.get(i).get("number").asInt())
                    .isGreaterThan(trends.get(i - 1).get("number").asInt());
        }
    }

    @Test
    void theShapesAreServedForTheMapWithoutTheGazetteersPermission() {
        MvcTestResult mantika = get("/api/v1/dtm/dashboard/boundaries/mantika", DtmTestSupport.READER);
        assertThat(mantika.getResponse().getStatus()).isEqualTo(200);
        assertThat(mantika.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(json(mantika).get("features").size()).isEqualTo(22);
        assertThat(json(get("/api/v1/dtm/dashboard/boundaries/regions", DtmTestSupport.READER))
                        .get("features")
                        .size())
                .isEqualTo(3);
        assertThat(get("/api/v1/dtm/dashboard/boundaries/baladiya", DtmTestSupport.READER)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMenuAndTheHomeDashboardShowTheDtmToReaders() throws Exception {
        String home = mvc.get()
                .uri("/?lang=en")
                .with(DtmTestSupport.READER)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains("href=\"/dtm\"")
                .contains("DTM dashboard")
                .contains("IDPs (latest DTM round)")
                .contains("2,100");
    }

    @Test
    void whoMayNotReadTheDtmIsRefusedAndTheRefusalAudited() {
        String who = "no-dtm-" + UUID.randomUUID().toString().substring(0, 8);
        for (String path : List.of(
                "/dtm",
                "/api/v1/dtm/dashboard",
                "/api/v1/dtm/dashboard/map?level=baladiya&figure=idps.ind",
                "/api/v1/dtm/dashboard/trends",
                "/api/v1/dtm/dashboard/boundaries/regions")) {
            assertThat(mvc.get()
                            .uri(path)
                            .with(user(who).authorities(() -> "geo:read"))
                            .exchange()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :who AND outcome = 'DENIED'")
                        .param("who", who)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    private MvcTestResult get(String uri, org.springframework.test.web.servlet.request.RequestPostProcessor who) {
        return mvc.get().uri(uri).with(who).exchange();
    }

    private JsonNode json(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(DtmTestSupport.body(result));
    }

    private static Map<String, JsonNode> byPcode(JsonNode array) {
        Map<String, JsonNode> units = new LinkedHashMap<>();
        array.forEach(unit -> units.put(unit.get("pcode").asString(), unit));
        return units;
    }
}
