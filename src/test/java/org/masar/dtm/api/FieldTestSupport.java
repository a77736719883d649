package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users, sites and requests for the DTM field tests: flow monitoring, detention centres, emergency events. */
public final class FieldTestSupport {

    /** A DTM enumerator: records, reads sites, cannot read DTM figures. */
    public static final RequestPostProcessor ENUMERATOR =
            user("dtm-enumerator").authorities(() -> "geo:read", () -> "dtm:collect");

    /** A partner or authority: reads DTM figures only. */
    public static final RequestPostProcessor VIEWER =
            user("dtm-viewer").authorities(() -> "geo:read", () -> "dtm:read");

    /** A DTM officer. */
    public static final RequestPostProcessor OFFICER = user("dtm-officer")
            .authorities(() -> "geo:read", () -> "dtm:read", () -> "dtm:collect", () -> "dtm:manage");

    /** Signed in, without any DTM permission. */
    public static final RequestPostProcessor NOBODY = user("dtm-nobody").authorities(() -> "geo:read");

    private static final RequestPostProcessor GEO_MANAGER =
            user("dtm-geo-manager").authorities(() -> "geo:read", () -> "geo:manage");

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    public FieldTestSupport(MockMvcTester mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** Creates a site of the given type in the given baladiya and returns its id. */
    public String site(String type, String baladiya) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MvcTestResult created = mvc.post()
                .uri("/api/v1/geo/sites")
                .with(GEO_MANAGER)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","type":"%s","nameEn":"Site %s","nameAr":"موقع %s","baladiya":"%s"}
                        """.formatted(code, type, code, code, baladiya))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asString();
    }

    public void deactivate(String site) {
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", site)
                        .with(GEO_MANAGER)
                        .with(csrf()))
                .hasStatusOk();
    }

    public MvcTestResult put(RequestPostProcessor who, String uri, String body, Object... variables) {
        return mvc.put()
                .uri(uri, variables)
                .with(who)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult post(RequestPostProcessor who, String uri, String body, Object... variables) {
        return mvc.post()
                .uri(uri, variables)
                .with(who)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult get(RequestPostProcessor who, String uri, Object... variables) {
        return mvc.get().uri(uri, variables).with(who).exchange();
    }

    public JsonNode json(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        var statement = jdbc.sql(sql);
        for (Object parameter : parameters) {
            statement = statement.param(parameter);
        }
        return statement.query(Long.class).single();
    }

    /** How many audit entries of the action were written about the subject. */
    public long audited(String action, String subject) {
        return count("SELECT count(*) FROM audit_entry WHERE action = ? AND subject_id = ?", action, subject);
    }

    /** How many refusals were audited for the actor. */
    public long refusals(String actor) {
        return count(
                "SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'access.refused' AND outcome = 'DENIED'",
                actor);
    }
}
