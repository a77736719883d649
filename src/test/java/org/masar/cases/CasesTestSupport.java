package org.masar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.masar.access.TestAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users with roles and scopes, offices, people and cases made through the API, for the cases' HTTP tests. */
public final class CasesTestSupport {

    public static final String PASSWORD = "cases follow people 2026";
    public static final String TRIPOLI = "LY021104";
    public static final String MISRATA = "LY021203";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;

    public CasesTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
    }

    /** A signed-in account. */
    public record User(UUID id, String username, jakarta.servlet.http.Cookie session) {}

    /** A signed-in user limited to the given baladiya (none: their role decides). */
    public User user(String role, String... baladiya) {
        String username = TestAccounts.unique(role.toLowerCase().replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        for (String pcode : baladiya) {
            jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                    .param("id", id)
                    .param("pcode", pcode)
                    .update();
        }
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    /** A custom role with these permissions; answers its code. */
    public String role(String... permissions) {
        String code = "CASES_"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        jdbc.sql("INSERT INTO access_role (code, built_in, name_en, name_ar) VALUES (:code, false, :code, :code)")
                .param("code", code)
                .update();
        for (String permission : permissions) {
            jdbc.sql("INSERT INTO access_role_permission (role_code, permission) VALUES (:code, :permission)")
                    .param("code", code)
                    .param("permission", permission)
                    .update();
        }
        return code;
    }

    /** Makes {@code supervisor} the supervisor of {@code user}. */
    public void supervises(User supervisor, User user) {
        jdbc.sql("UPDATE access_user SET supervisor_id = :s WHERE id = :u")
                .param("s", supervisor.id())
                .param("u", user.id())
                .update();
    }

    /** Limits a user to an office too. */
    public void worksIn(User user, UUID office) {
        jdbc.sql("INSERT INTO access_user_office_scope (user_id, office_id) VALUES (:u, :o)")
                .param("u", user.id())
                .param("o", office)
                .update();
    }

    /** A new office of a new organisation. */
    public UUID office() {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Case partner', 'شريك الحالات', 'test', 'test')
                        """)
                .param("id", organisation)
                .param("code", "ORG-" + organisation.toString().substring(0, 8).toUpperCase())
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Tripoli office', 'مكتب طرابلس', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }

    /** Registers a person in the baladiya and answers their id. */
    public String person(User user, String baladiya) {
        MvcTestResult registered = post(user, "/api/v1/people", """
                {"givenName": {"ar": "سالم", "lat": "Salem"}, "familyName": {"ar": "الحداد", "lat": "Haddad"},
                 "sex": "M", "estimatedAge": 31, "ageEstimatedOn": "2026-01-01", "nationality": "SDN",
                 "baladiya": "%s"}
                """.formatted(baladiya));
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        return json(registered).get("id").asString();
    }

    /** Opens a case and answers its JSON. */
    public JsonNode open(User user, String type, String person, UUID office) {
        MvcTestResult opened = post(user, "/api/v1/cases", """
                {"caseType": "%s", "person": "%s", "office": "%s"}
                """.formatted(type, person, office));
        assertThat(opened).hasStatus(HttpStatus.CREATED);
        return json(opened);
    }

    public MvcTestResult post(User user, String uri, String body, Object... variables) {
        return mvc.post()
                .uri(uri, variables)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult get(User user, String uri, Object... variables) {
        return mvc.get()
                .uri(uri, variables)
                .cookie(user.session())
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The problem type of an answer. */
    public String problem(MvcTestResult result) {
        return json(result).path("type").asString();
    }

    public long audited(User actor, String action, String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }
}
