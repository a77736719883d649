package org.masar.dtm;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users with the DTM's permissions, and rounds made through the API, for the module's HTTP tests. */
public final class DtmTestSupport {

    /** A DTM officer: all four permissions. */
    public static final RequestPostProcessor OFFICER = officer("dtm-officer");

    /** A second DTM officer, the checker of the first one's publication requests. */
    public static final RequestPostProcessor SECOND_OFFICER = officer("dtm-officer-2");

    /** An enumerator: collects only. */
    public static final RequestPostProcessor ENUMERATOR = user("dtm-enumerator").authorities(() -> "dtm:collect");

    /** A reader: published rounds only. */
    public static final RequestPostProcessor READER = user("dtm-reader").authorities(() -> "dtm:read");

    /** Round numbers no other test uses in this JVM (far above any a test names itself). */
    private static final AtomicInteger NUMBERS = new AtomicInteger(10_000 + (int) (System.nanoTime() % 1_000) * 50);

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    public DtmTestSupport(MockMvcTester mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    public static RequestPostProcessor officer(String name) {
        return user(name).authorities(() -> "dtm:read", () -> "dtm:collect", () -> "dtm:manage", () -> "dtm:publish");
    }

    public static int nextNumber() {
        return NUMBERS.incrementAndGet();
    }

    /** Plans a round with a fresh number and returns its id. */
    public String round(int number) {
        MvcTestResult created = post("/api/v1/dtm/rounds", OFFICER, """
                {"number": %d, "periodStart": "2026-01-05", "periodEnd": "2026-02-28"}
                """.formatted(number));
        if (created.getResponse().getStatus() != 201) {
            throw new AssertionError("round not created: " + body(created));
        }
        return json(created).get("id").asString();
    }

    /** A round open for collection. */
    public String collectingRound(int number) {
        String id = round(number);
        post("/api/v1/dtm/rounds/" + id + "/collection", OFFICER, null);
        return id;
    }

    /** Records every current baladiya except those given as not assessed (so that missing-unit stays quiet). */
    public void gapsForAllBut(String round, String... assessed) {
        jdbc.sql("""
                        INSERT INTO dtm_coverage_gap (round_version_id, pcode, reason, recorded_at, recorded_by)
                        SELECT v.id, u.pcode, 'not-planned', now(), 'test'
                          FROM dtm_round_version v, geo_baladiya u
                         WHERE v.round_id = CAST(:round AS uuid) AND v.status <> 'PUBLISHED'
                           AND u.valid_to IS NULL AND NOT (u.pcode = ANY (:assessed))
                        ON CONFLICT DO NOTHING
                        """).param("round", round).param("assessed", assessed).update();
    }

    public MvcTestResult put(String uri, RequestPostProcessor who, String body) {
        return mvc.put()
                .uri(uri)
                .with(who)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult post(String uri, RequestPostProcessor who, String body) {
        var request = mvc.post().uri(uri).with(who).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    public MvcTestResult get(String uri, RequestPostProcessor who) {
        return mvc.get().uri(uri).with(who).exchange();
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(body(result));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
