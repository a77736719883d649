package org.masar.geo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditFilter;
import org.masar.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sites through the API: the lifecycle, validation, conflicts, permissions and the audit entries it leaves. */
@MasarIntegrationTest
class SitesApiTests {

    static final RequestPostProcessor MANAGER = user("geo-manager").authorities(() -> "geo:read", () -> "geo:manage");
    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AuditTrail audit;

    @Test
    void aSiteIsCreatedReadEditedDeactivatedAndReactivated() {
        String code = uniqueCode("DP");
        MvcTestResult created = mvc.post()
                .uri("/api/v1/geo/sites")
                .with(MANAGER)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(site(code, "DISEMBARKATION_POINT", "LY021401", 32.3754, 15.0925))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode body = json(created);
        String id = body.get("id").asString();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/geo/sites/" + id);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("baladiya").get("nameAr").asString()).isEqualTo("مصراتة");
        assertThat(body.get("mantika").get("pcode").asString()).isEqualTo("LY0214");
        assertThat(body.get("region").get("nameEn").asString()).isEqualTo("West");
        assertThat(body.get("latitude").asDouble()).isEqualTo(32.3754);
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("createdBy").asString()).isEqualTo("geo-manager");
        assertThat(body.get("version").asInt()).isZero();

        assertThat(mvc.get().uri("/api/v1/geo/sites/{id}", id).with(READER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.nameAr", p -> assertThat(p).asString().isEqualTo("ميناء مصراتة"));

        String edited = site(code, "OFFICE", "LY021401", null, null)
                .replace("\"version\":null", "\"version\":0")
                .replace("Misrata port", "Misrata office");
        assertThat(mvc.put()
                        .uri("/api/v1/geo/sites/{id}", id)
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.type", p -> assertThat(p).asString().isEqualTo("OFFICE"))
                .hasPathSatisfying("$.nameEn", p -> assertThat(p).asString().startsWith("Misrata office"))
                .hasPathSatisfying("$.latitude", p -> assertThat(p).isNull())
                .hasPathSatisfying("$.version", p -> assertThat(p).asNumber().isEqualTo(1));

        // The same edit quoting the old version again is stale.
        assertThat(mvc.put()
                        .uri("/api/v1/geo/sites/{id}", id)
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited.replace("Misrata office", "Misrata office 2")))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/conflict.stale");

        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.active", p -> assertThat(p).isEqualTo(false));
        assertThat(mvc.get().uri("/api/v1/geo/sites?q={code}&active=true", code).with(READER))
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(0));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={code}&active=false", code)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(1));
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/reactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.active", p -> assertThat(p).isEqualTo(true))
                .hasPathSatisfying("$.updatedBy", p -> assertThat(p).asString().isEqualTo("geo-manager"));

        assertThat(auditedActions(id))
                .containsExactly(
                        "geo.site.created", "geo.site.updated", "geo.site.deactivated", "geo.site.reactivated");
        assertThat(jdbc.sql("SELECT details ->> 'changed' FROM audit_entry WHERE action = 'geo.site.updated'"
                                + " AND subject_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("type,name_en,location");
        // Audit entries name the site by id and code, never by name.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE subject_id = :id AND details::text LIKE '%Misrata%'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAuditTrailShowsSiteChangesToAnAuditor() {
        String id = create(uniqueCode("OF"), "OFFICE", "LY010102");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "auditor", "n/a", AuthorityUtils.createAuthorityList("audit:read")));
        try {
            List<AuditEntry> entries = audit.search(
                            new AuditFilter(null, "geo.site.created", null, "site", id, null, null), 0, 10)
                    .items();
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo("geo-manager");
                assertThat(entry.details()).containsEntry("type", "OFFICE").containsEntry("baladiya", "LY010102");
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void listsArePagedAndFilteredByTypeAndArea() {
        String prefix =
                "LST" + Integer.toString((int) (Math.random() * 46656), 36).toUpperCase();
        create(prefix + "-A", "HEALTH_FACILITY", "LY021401"); // Misrata, West
        create(prefix + "-B", "HEALTH_FACILITY", "LY010102"); // Derna, East
        create(prefix + "-C", "SCHOOL", "LY010102");

        assertThat(mvc.get().uri("/api/v1/geo/sites?q={p}&size=2", prefix).with(READER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(3))
                .hasPathSatisfying("$.size", p -> assertThat(p).asNumber().isEqualTo(2))
                .hasPathSatisfying(
                        "$.items.length()", p -> assertThat(p).asNumber().isEqualTo(2))
                .hasPathSatisfying(
                        "$.items[0].code", p -> assertThat(p).asString().isEqualTo(prefix + "-A"));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}&size=2&page=1", prefix)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying(
                        "$.items[*].code", p -> assertThat(p).asArray().containsExactly(prefix + "-C"));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}&type=HEALTH_FACILITY", prefix)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(2));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}&baladiya=LY010102", prefix)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(2));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}&mantika=LY0214", prefix)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying(
                        "$.items[*].code", p -> assertThat(p).asArray().containsExactly(prefix + "-A"));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}&region=LY01&type=SCHOOL", prefix)
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying(
                        "$.items[*].code", p -> assertThat(p).asArray().containsExactly(prefix + "-C"));
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?q={p}", "ميناء " + prefix.toLowerCase())
                        .with(READER))
                .bodyJson()
                .hasPathSatisfying("$.total", p -> assertThat(p).asNumber().isEqualTo(0));
        assertThat(mvc.get().uri("/api/v1/geo/sites?size=100000").with(READER))
                .bodyJson()
                .hasPathSatisfying("$.size", p -> assertThat(p).asNumber().isEqualTo(200));
        assertThat(mvc.get().uri("/api/v1/geo/sites?type=CASTLE").with(READER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-type-unknown");
    }

    @Test
    void invalidInputIsAValidationProblemWithFieldNamesAndWritesNothing() {
        String code = uniqueCode("BAD");
        long before = sites();
        String body = """
                {"code":"%s","type":"CASTLE","nameEn":" ","nameAr":"موقع","baladiya":"LY021401",
                 "latitude":45.0,"longitude":null}
                """.formatted(code);
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.type", p -> assertThat(p).asString().isEqualTo("/problems/validation"))
                .hasPathSatisfying(
                        "$.errors[*].field",
                        p -> assertThat(p).asArray().contains("type", "nameEn", "latitude", "location"));
        assertThat(sites()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE details ->> 'code' = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void coordinatesOutsideLibyaAreRefused() {
        long before = sites();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site(uniqueCode("LMP"), "OTHER", "LY021401", 35.5, 12.6))) // Lampedusa
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying(
                        "$.errors[*].field", p -> assertThat(p).asArray().containsExactly("latitude"));
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void anUnknownBaladiyaIsANotFoundProblemAndWritesNothing() {
        long before = sites();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site(uniqueCode("UNK"), "OFFICE", "LY029999", null, null)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.baladiya-not-found");
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = uniqueCode("DUP");
        create(code, "WAREHOUSE", "LY021401");
        long before = sites();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site(code.toLowerCase(), "WAREHOUSE", "LY010102", null, null)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .hasPathSatisfying("$.type", p -> assertThat(p).asString().isEqualTo("/problems/geo.site-code-taken"))
                .hasPathSatisfying("$.detail", p -> assertThat(p).asString().contains(code));
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void aSiteOutOfUseCannotBeDeactivatedAgainNorOneInUseReactivated() {
        String id = create(uniqueCode("DC"), "DETENTION_CENTRE", "LY021401");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/reactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-already-active");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.deactivatedBy", p -> assertThat(p).asString().isEqualTo("geo-manager"))
                .hasPathSatisfying("$.deactivatedAt", p -> assertThat(p).isNotNull())
                .hasPathSatisfying("$.version", p -> assertThat(p).asNumber().isEqualTo(1));
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-not-active");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/reactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.deactivatedAt", p -> assertThat(p).isNull())
                .hasPathSatisfying("$.active", p -> assertThat(p).isEqualTo(true));
        // Only the two steps that happened are audited; the refusals changed nothing.
        assertThat(auditedActions(id))
                .containsExactly("geo.site.created", "geo.site.deactivated", "geo.site.reactivated");
    }

    @Test
    void anUnknownSiteIsANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/geo/sites/{id}", UUID.randomUUID()).with(READER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-not-found");
        assertThat(mvc.get().uri("/api/v1/geo/sites/not-a-uuid").with(READER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/not-found");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", UUID.randomUUID())
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReaderCannotChangeSitesAndStrangersCannotSeeThem() {
        long before = sites();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(READER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site(uniqueCode("RD"), "OFFICE", "LY021401", null, null)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(sites()).isEqualTo(before);

        String id = create(uniqueCode("RO"), "OFFICE", "LY021401");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", id)
                        .with(READER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/geo/sites").with(user("stranger").authorities(() -> "audit:read")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/geo/sites"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unauthenticated");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site(uniqueCode("AN"), "OFFICE", "LY021401", null, null)))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(sites()).isEqualTo(before + 1);
    }

    @Test
    void theOpenApiDocumentDescribesTheGeoApi() {
        assertThat(mvc.get().uri("/api/v1/openapi.json"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.paths",
                        p -> assertThat(p)
                                .asMap()
                                .containsKeys(
                                        "/api/v1/geo/sites",
                                        "/api/v1/geo/units/{pcode}",
                                        "/api/v1/geo/boundaries/mantika"));
    }

    private String create(String code, String type, String baladiya) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/geo/sites")
                .with(MANAGER)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(site(code, type, baladiya, null, null))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).get("id").asString();
    }

    private static String site(String code, String type, String baladiya, Double latitude, Double longitude) {
        return """
                {"code":"%s","type":"%s","nameEn":"Misrata port %s","nameAr":"ميناء مصراتة","baladiya":"%s",
                 "latitude":%s,"longitude":%s,"version":null}
                """.formatted(code, type, code, baladiya, latitude, longitude).replace("\n", "");
    }

    private JsonNode json(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditedActions(String id) {
        return jdbc.sql(
                        "SELECT action FROM audit_entry WHERE subject_type = 'site' AND subject_id = :id ORDER BY sequence")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long sites() {
        return jdbc.sql("SELECT count(*) FROM geo_site").query(Long.class).single();
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
