package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round's figures are not the mission's until a second DTM officer approved their publication: a reader (partners,
 * authorities: {@code dtm:read} only) must learn nothing of an unpublished round, not even that it exists. Every read
 * of a round the API document lists is tried, so that an endpoint added later is covered without editing this test.
 */
@MasarIntegrationTest
class UnpublishedRoundsStayInsideTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderFindsNoReadOfAnUnpublishedRound() throws Exception {
        DtmTestSupport dtm = new DtmTestSupport(mvc, json, jdbc);
        int number = DtmTestSupport.nextNumber();
        String round = dtm.collectingRound(number);
        assertThat(dtm.figures(round, "LY010101", "{\"idps.ind\": 120, \"idps.hh\": 20}"))
                .hasStatusOk();

        JsonNode document = json.readTree(mvc.get()
                .uri("/api/v1/openapi.json")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> reads = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            if (path.getKey().startsWith("/api/v1/dtm/rounds/{id}")
                    && path.getValue().has("get")) {
                reads.add(path.getKey() + requiredQuery(path.getValue().get("get")));
            }
        }
        assertThat(reads).as("reads of one round in the API document").hasSizeGreaterThanOrEqualTo(5);

        List<String> leaks = new ArrayList<>();
        for (String read : reads) {
            String uri = read.replace("{id}", round)
                    .replace("{pcode}", "LY010101")
                    .replace("{flagId}", UUID.randomUUID().toString());
            // The officer reads it (so a 404 below is the reader's, not a wrong address)…
            MvcTestResult inside = mvc.get().uri(uri).with(OFFICER).exchange();
            if (inside.getResponse().getStatus() >= 500) {
                leaks.add(uri + ": the officer got " + inside.getResponse().getStatus());
            }
            // …and the reader is told nothing: 404, the answer for a round that does not exist.
            MvcTestResult outside = mvc.get().uri(uri).with(READER).exchange();
            int status = outside.getResponse().getStatus();
            if (status != 404) {
                leaks.add(uri + ": the reader got " + status + " "
                        + outside.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        }
        assertThat(leaks).isEmpty();

        // Nor does the list of rounds name it.
        assertThat(mvc.get().uri("/api/v1/dtm/rounds?size=100").with(READER))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(round);
        assertThat(mvc.get().uri("/dtm/rounds/{id}", round).with(READER)).hasStatus(404);
    }

    /**
     * A valid value for each query parameter that needs one (required ones, and those named in {@link #KNOWN_VALUES}
     * that an endpoint checks itself), so that the read itself is made rather than refused as bad input.
     */
    private static String requiredQuery(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String value = KNOWN_VALUES.get(name);
            JsonNode allowed = parameter.path("schema").path("enum");
            if (value == null && parameter.path("required").asBoolean() && !allowed.isEmpty()) {
                value = allowed.get(0).asString();
            }
            if ("query".equals(parameter.path("in").asString()) && value != null) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        return query.toString();
    }

    private static final Map<String, String> KNOWN_VALUES = Map.of("level", "baladiya", "format", "csv");
}
