package org.masar.dtm;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.masar.access.TestAccounts;
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

    private static final String PASSWORD = "dtm officers check each other 42";

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final @org.jspecify.annotations.Nullable TestAccounts accounts;

    public DtmTestSupport(MockMvcTester mvc, JsonMapper json, JdbcClient jdbc) {
        this(mvc, json, jdbc, null);
    }

    public DtmTestSupport(
            MockMvcTester mvc,
            JsonMapper json,
            JdbcClient jdbc,
            org.springframework.security.crypto.password.@org.jspecify.annotations.Nullable PasswordEncoder encoder) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
        this.accounts = encoder == null ? null : new TestAccounts(jdbc, encoder, mvc);
    }

    /** A real account with a role, signed in: what the maker-checker needs (it knows users by their account). */
    public record Account(String username, Cookie session) implements RequestPostProcessor {
        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            request.setCookies(session);
            return request;
        }
    }

    public Account account(String role) {
        if (accounts == null) {
            throw new IllegalStateException("Give the support a PasswordEncoder to sign accounts in");
        }
        String username =
                TestAccounts.unique(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        accounts.create(username, PASSWORD, role);
        return new Account(username, accounts.signedIn(username, PASSWORD));
    }

    /** Validates the round, confirms every open flag, and publishes it through the maker-checker; returns the round. */
    public JsonNode publish(String round) {
        post("/api/v1/dtm/rounds/" + round + "/validation", OFFICER, null);
        for (JsonNode flag : json(get("/api/v1/dtm/rounds/" + round + "/validation-flags", OFFICER))) {
            if ("OPEN".equals(flag.get("status").asString())) {
                post(
                        "/api/v1/dtm/rounds/" + round + "/validation-flags/"
                                + flag.get("id").asString() + "/confirmation",
                        OFFICER,
                        "{\"reason\": \"checked with the team\"}");
            }
        }
        Account maker = account("DTM_OFFICER");
        Account checker = account("DTM_OFFICER");
        MvcTestResult requested = post("/api/v1/dtm/rounds/" + round + "/publication-request", maker, null);
        if (requested.getResponse().getStatus() != 202) {
            throw new AssertionError("publication not requested: " + body(requested));
        }
        MvcTestResult approved = post("/api/v1/approvals/" + publicationRequest(round) + "/approval", checker, null);
        if (approved.getResponse().getStatus() != 200) {
            throw new AssertionError("publication not approved: " + body(approved));
        }
        return json(get("/api/v1/dtm/rounds/" + round, OFFICER));
    }

    /** The pending publication request of the round's latest version. */
    public String publicationRequest(String round) {
        JsonNode versions = json(get("/api/v1/dtm/rounds/" + round, OFFICER)).get("versions");
        return versions.get(versions.size() - 1).get("publicationRequest").asString();
    }

    /** Enters a unit's figures only. */
    public MvcTestResult figures(String round, String pcode, String figures) {
        return put(
                "/api/v1/dtm/rounds/" + round + "/assessments/" + pcode, ENUMERATOR, "{\"figures\": " + figures + "}");
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
