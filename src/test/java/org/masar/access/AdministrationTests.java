package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administration API: who may use it, and what creating, changing and refusing look like to a client. */
@MasarIntegrationTest
class AdministrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    static RequestPostProcessor caseworker() {
        return user("some-caseworker").authorities(() -> "people:read", () -> "cases:write");
    }

    @Test
    void aPartnerCaseworkerAccountMustNameItsPartnerOrganisation() {
        UUID partner = organisation("PARTNER_NGO");
        UUID mission = organisation("MISSION");
        long before =
                jdbc.sql("SELECT count(*) FROM access_user").query(Long.class).single();
        // Without an organisation, or with the mission's, a partner's caseworker would be taken for mission staff.
        for (String organisation : new String[] {"", ",\"organisationId\":\"" + mission + "\""}) {
            assertThat(createPartnerCaseworker(organisation))
                    .hasStatus(HttpStatus.CONFLICT)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/access.partner-needs-partner-organisation");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM access_user")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(createPartnerCaseworker(",\"organisationId\":\"" + partner + "\""))
                .hasStatus(HttpStatus.CREATED);
    }

    private MvcTestResult createPartnerCaseworker(String organisation) {
        String username = AccessTestSupport.uniqueName("partner");
        return mvc.post()
                .uri("/api/v1/admin/users")
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"Partner","roles":["PARTNER_CASEWORKER"]%s}
                        """.formatted(username, organisation))
                .exchange();
    }

    private UUID organisation(String kind) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/admin/organisations")
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","kind":"%s","nameEn":"Organisation","nameAr":"منظمة"}
                        """.formatted(
                        "O" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), kind))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return UUID.fromString(com.jayway.jsonpath.JsonPath.read(AccessTestSupport.body(created), "$.id"));
    }

    @Test
    void aUserWithoutAccessManageIsRefusedTheApiAndThePages() {
        for (String path : new String[] {
            "/api/v1/admin/users", "/api/v1/admin/roles", "/api/v1/admin/offices", "/api/v1/admin/organisations"
        }) {
            assertThat(mvc.get().uri(path).with(caseworker()))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/access.denied");
        }
        assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(caseworker())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky\",\"displayName\":\"Sneaky\",\"roles\":[\"ADMINISTRATOR\"]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT count(*) FROM access_user WHERE username = 'sneaky'")
                        .query(Long.class)
                        .single())
                .isZero();
        for (String page : new String[] {"/admin/users", "/admin/users/new", "/admin/roles", "/admin/offices"}) {
            assertThat(mvc.get().uri(page).with(caseworker()))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyText()
                    .doesNotContain("id=\"users-table\"")
                    .doesNotContain("id=\"user-form\"");
        }
        assertThat(mvc.get().uri("/api/v1/admin/users")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCreationAskedForInARepresentationTheApiDoesNotOfferIsRefusedBeforeAnythingIsCreated() {
        String username = AccessTestSupport.uniqueName("xml");
        assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_XML)
                        .content("{\"username\":\"%s\",\"displayName\":\"Xml\",\"roles\":[\"CASEWORKER\"]}"
                                .formatted(username)))
                .hasStatus(HttpStatus.NOT_ACCEPTABLE)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/request.not-acceptable");
        assertThat(jdbc.sql("SELECT count(*) FROM access_user WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single())
                .as("no account made for a client that cannot read the answer")
                .isZero();
    }

    @Test
    void anAdministratorCreatesAUserWithAOneTimePasswordThatIsNeverAudited() throws Exception {
        String username = AccessTestSupport.uniqueName("amal");
        MvcTestResult created = mvc.post()
                .uri("/api/v1/admin/users")
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"Amal","email":"amal@example.org","roles":["CASEWORKER"],
                         "baladiyaScope":["LY010102"],"programmeScope":["PROTECTION","MRRM"],
                         "preferredLanguage":"ar"}
                        """.formatted(username))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String body = AccessTestSupport.body(created);
        String id = JsonPath.read(body, "$.id");
        String oneTimePassword = JsonPath.read(body, "$.oneTimePassword");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/admin/users/" + id);
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        assertThat((Boolean) JsonPath.read(body, "$.mustChangePassword")).isTrue();

        // Stored hashed only; the audit entry names the account, not its password.
        String hash = jdbc.sql("SELECT password_hash FROM access_user WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(oneTimePassword, hash)).isTrue();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE action = 'access.user.created' AND subject_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE details::text LIKE :secret OR reason LIKE :secret")
                        .param("secret", "%" + oneTimePassword + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        // The list and the single account show it, with its scopes.
        assertThat(mvc.get().uri("/api/v1/admin/users?search={name}", username).with(AccessTestSupport.administrator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].username")
                .isEqualTo(username);
        var account = assertThat(mvc.get().uri("/api/v1/admin/users/{id}", id).with(AccessTestSupport.administrator()))
                .hasStatusOk()
                .bodyJson();
        account.extractingPath("$.programmeScope").asArray().containsExactlyInAnyOrder("MRRM", "PROTECTION");
        account.extractingPath("$.baladiyaScope").asArray().containsExactly("LY010102");
        account.extractingPath("$.oneTimePassword").isNull();
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        String username = AccessTestSupport.uniqueName("salem");
        AccessTestSupport.createUser(mvc, username, null, "VIEWER");
        assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"Salem\"}".formatted(username)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.username-taken");
    }

    @Test
    void invalidInputIsAValidationProblemWithTheFieldNames() {
        var answer = assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"No Spaces!\",\"displayName\":\"\",\"email\":\"not-an-address\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();
        answer.extractingPath("$.type").isEqualTo("/problems/validation");
        answer.extractingPath("$.errors[*].field").asArray().contains("username", "displayName", "email");
        assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"X\",\"roles\":[\"NO_SUCH_ROLE\"]}"
                                .formatted(AccessTestSupport.uniqueName("x"))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unknown-role");
        assertThat(mvc.get().uri("/api/v1/admin/users/{id}", UUID.randomUUID()).with(AccessTestSupport.administrator()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.user-not-found");
        assertThat(mvc.get().uri("/api/v1/admin/users/not-a-uuid").with(AccessTestSupport.administrator()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAdministratorUpdatesDisablesResetsAndUnlocksAnAccount() {
        UUID boss = AccessTestSupport.createUser(mvc, AccessTestSupport.uniqueName("boss"), null, "CASEWORKER");
        UUID id = AccessTestSupport.createUser(mvc, AccessTestSupport.uniqueName("worker"), null, "CASEWORKER");
        MvcTestResult updated = mvc.put()
                .uri("/api/v1/admin/users/{id}", id)
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"displayName":"Renamed","supervisorId":"%s","roles":["CASEWORKER","VIEWER"],"version":0}
                        """.formatted(boss))
                .exchange();
        assertThat(updated)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.roles")
                .asArray()
                .containsExactly("CASEWORKER", "VIEWER");
        // A stale version is refused.
        assertThat(mvc.put()
                        .uri("/api/v1/admin/users/{id}", id)
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Again\",\"version\":0}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/conflict.stale");
        // The boss cannot be supervised by their own subordinate.
        assertThat(mvc.put()
                        .uri("/api/v1/admin/users/{id}", boss)
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Boss\",\"supervisorId\":\"%s\",\"version\":0}".formatted(id)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.supervisor-loop");

        assertThat(post("/api/v1/admin/users/{id}/disable", id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.enabled")
                .isEqualTo(false);
        assertThat(post("/api/v1/admin/users/{id}/enable", id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.enabled")
                .isEqualTo(true);
        jdbc.sql("UPDATE access_user SET failed_sign_ins = 5, locked_until = now() + interval '1 hour' WHERE id = :id")
                .param("id", id)
                .update();
        assertThat(post("/api/v1/admin/users/{id}/unlock", id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.locked")
                .isEqualTo(false);
        MvcTestResult reset = post("/api/v1/admin/users/{id}/password-reset", id);
        assertThat(reset).hasStatusOk();
        String password = JsonPath.read(AccessTestSupport.body(reset), "$.oneTimePassword");
        String hash = jdbc.sql("SELECT password_hash FROM access_user WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(jdbc.sql("""
                        SELECT array_agg(action ORDER BY sequence) FROM audit_entry
                         WHERE subject_type = 'user' AND subject_id = :id
                        """).param("id", id.toString()).query(String.class).single())
                .contains("access.user.created", "access.user.updated", "access.user.disabled")
                .contains("access.user.enabled", "access.user.unlocked", "access.user.password-reset");
    }

    @Test
    void administratorsManageOrganisationsOfficesAndCustomRoles() {
        String code = "ORG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        MvcTestResult organisation = mvc.post()
                .uri("/api/v1/admin/organisations")
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","kind":"PARTNER_NGO","nameEn":"Partner","nameAr":"شريك"}
                        """.formatted(code))
                .exchange();
        assertThat(organisation).hasStatus(HttpStatus.CREATED);
        String organisationId = JsonPath.read(AccessTestSupport.body(organisation), "$.id");
        assertThat(mvc.post()
                        .uri("/api/v1/admin/organisations")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\",\"kind\":\"OTHER\",\"nameEn\":\"Again\",\"nameAr\":\"مجددًا\"}"
                                .formatted(code)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.code-taken");

        // A P-code of the right shape that names no baladiya of the gazetteer is refused.
        assertThat(mvc.post()
                        .uri("/api/v1/admin/offices")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organisationId":"%s","code":"%s-NOWHERE","nameEn":"Nowhere","nameAr":"لا مكان",
                                 "baladiyaPcode":"LY029999"}
                                """.formatted(organisationId, code)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unknown-baladiya");

        MvcTestResult office = mvc.post()
                .uri("/api/v1/admin/offices")
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organisationId":"%s","code":"%s-TRP","nameEn":"Tripoli","nameAr":"طرابلس",
                         "baladiyaPcode":"LY021104"}
                        """.formatted(organisationId, code))
                .exchange();
        assertThat(office).hasStatus(HttpStatus.CREATED);
        String officeId = JsonPath.read(AccessTestSupport.body(office), "$.id");
        assertThat(post("/api/v1/admin/offices/{id}/deactivate", UUID.fromString(officeId)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.active")
                .isEqualTo(false);

        String role = "CUSTOM_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(mvc.post()
                        .uri("/api/v1/admin/roles")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","nameEn":"Field monitor","nameAr":"مراقب ميداني","missionWide":false,
                                 "permissions":["geo:read","dtm:read"]}
                                """.formatted(role)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .containsExactly("dtm:read", "geo:read");
        assertThat(mvc.put()
                        .uri("/api/v1/admin/roles/{code}", role)
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nameEn":"Field monitor","nameAr":"مراقب ميداني","missionWide":false,
                                 "permissions":["geo:read","made:up"],"version":0}
                                """))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unknown-permission");
        assertThat(mvc.put()
                        .uri("/api/v1/admin/roles/ADMINISTRATOR")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nameEn":"Admin","nameAr":"مسؤول","missionWide":true,"permissions":[],"version":0}
                                """))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.role-built-in");

        // A user limited to the new office, holding only the custom role, is not mission-wide.
        UUID user = AccessTestSupport.createUser(mvc, AccessTestSupport.uniqueName("monitor"), null, role);
        assertThat(mvc.put()
                        .uri("/api/v1/admin/users/{id}", user)
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"displayName\":\"Monitor\",\"roles\":[\"%s\"],\"officeScope\":[\"%s\"],\"version\":0}"
                                        .formatted(role, officeId)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.officeScope")
                .asArray()
                .containsExactly(officeId);
    }

    private MvcTestResult post(String uri, UUID id) {
        return mvc.post()
                .uri(uri, id)
                .with(AccessTestSupport.administrator())
                .with(csrf())
                .exchange();
    }
}
