package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.api.FieldTestSupport.ENUMERATOR;
import static org.masar.dtm.api.FieldTestSupport.VIEWER;

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

/** Detention-centre snapshots through the API: occupancy, history latest first, checks and permissions. */
@MasarIntegrationTest
class DetentionApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    FieldTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new FieldTestSupport(mvc, json, jdbc);
    }

    @Test
    void snapshotsAreListedLatestFirstWithTheirOccupancyRate() {
        String centre = dtm.site("DETENTION_CENTRE", "LY021401");
        assertThat(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01",
                        snapshot(150, 100, 30, 120),
                        centre))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.occupancyRate", rate -> assertThat(rate).asNumber().isEqualTo(1.5));
        assertThat(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-03-01",
                        snapshot(80, 100, 0, 80),
                        centre))
                .hasStatusOk();
        // The same day again replaces it.
        MvcTestResult replaced = dtm.put(
                ENUMERATOR,
                "/api/v1/dtm/detention-centres/{id}/snapshots/2026-03-01",
                snapshot(90, 120, 0, 90),
                centre);
        assertThat(dtm.json(replaced).get("revision").asInt()).isEqualTo(2);
        assertThat(dtm.json(replaced).get("occupancyRate").asDouble()).isEqualTo(0.75);

        JsonNode snapshots = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/detention-centres/{id}/snapshots", centre));
        assertThat(snapshots.size()).isEqualTo(2);
        assertThat(snapshots.get(0).get("observedOn").asString()).isEqualTo("2026-03-01");
        assertThat(snapshots.get(0).get("population").get("total").asLong()).isEqualTo(90);
        assertThat(snapshots.get(1).get("occupancyRate").asDouble()).isEqualTo(1.5);
        assertThat(snapshots
                        .get(1)
                        .get("population")
                        .get("nationality")
                        .get("NGA")
                        .asLong())
                .isEqualTo(120);
        assertThat(snapshots.get(1).get("services").toString()).isEqualTo("[\"health\",\"food\"]");
        assertThat(snapshots.get(1).get("conditions").get("overcrowding").asString())
                .isEqualTo("critical");
        assertThat(snapshots.toString()).doesNotContain("dtm-enumerator");

        JsonNode centres = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/detention-centres"));
        JsonNode listed = null;
        for (JsonNode c : centres) {
            if (c.get("siteId").asString().equals(centre)) {
                listed = c;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("latest").get("observedOn").asString()).isEqualTo("2026-03-01");
        assertThat(dtm.audited("dtm.detention-snapshot.recorded", centre)).isEqualTo(2);
        assertThat(dtm.audited("dtm.detention-snapshot.replaced", centre)).isEqualTo(1);
    }

    @Test
    void anUnknownCapacityOrAZeroOneLeavesTheRateUnknown() {
        String centre = dtm.site("DETENTION_CENTRE", "LY021401");
        MvcTestResult zero = dtm.put(
                ENUMERATOR, "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01", snapshot(10, 0, 0, 0), centre);
        assertThat(zero).hasStatusOk();
        assertThat(dtm.json(zero).get("occupancyRate").isNull()).isTrue();
    }

    @Test
    void wrongSnapshotsAndSitesAreRefusedAndWriteNothing() {
        String centre = dtm.site("DETENTION_CENTRE", "LY021401");
        assertThat(fields(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01",
                        snapshot(100, 100, 101, 0),
                        centre)))
                .containsExactly("population.sexAge");
        assertThat(fields(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01",
                        snapshot(100, 100, 0, 0)
                                .replace("\"health\"", "\"spa\"")
                                .replace("\"critical\"", "\"awful\""),
                        centre)))
                .containsExactlyInAnyOrder("services[0]", "conditions.overcrowding");
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        assertThat(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01",
                        snapshot(100, 100, 0, 0),
                        point))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.detention.not-a-centre");
        assertThat(dtm.count(
                        "SELECT count(*) FROM dtm_detention_snapshot WHERE site_id IN (?::uuid, ?::uuid)",
                        centre,
                        point))
                .isZero();
        assertThat(dtm.put(
                        VIEWER,
                        "/api/v1/dtm/detention-centres/{id}/snapshots/2026-02-01",
                        snapshot(100, 100, 0, 0),
                        centre))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.get(ENUMERATOR, "/api/v1/dtm/detention-centres/{id}/snapshots", centre))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String snapshot(long population, long capacity, long women, long nigerians) {
        return """
                {"population": {"total": %d, "sexAge": {"f.adults": %d}, "nationality": {"NGA": %d}},
                 "capacity": %d, "services": ["health", "food"],
                 "conditions": {"overcrowding": "critical", "water": "poor"},
                 "notes": "Water cut twice a week"}
                """.formatted(population, women, nigerians, capacity);
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
