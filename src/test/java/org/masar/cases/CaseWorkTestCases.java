package org.masar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.SystemIdentity;
import org.masar.access.TestAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases for the tests of the work on a case (tasks, notes, plan, documents): signed-in users, a person registered
 * through the API, and a {@code cases_case} row inserted as the system identity, as a stand-in for opening a case
 * through the cases API (which another helper builds; swap {@link #openCase} for it when merged).
 */
public final class CaseWorkTestCases {

    public static final String PASSWORD = "case work is done one task at a time 7";
    public static final String TRIPOLI = "LY021104";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;
    private final SystemIdentity system;
    private final TransactionTemplate transaction;

    public CaseWorkTestCases(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            MockMvcTester mvc,
            JsonMapper json,
            SystemIdentity system,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
        this.system = system;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A signed-in user with the role, scoped to Tripoli. */
    public User user(String role) {
        String username = TestAccounts.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                .param("id", id)
                .param("pcode", TRIPOLI)
                .update();
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    /** A person registered through the people API by the user (who needs {@code people:register}). */
    public UUID person(User registrar) {
        MvcTestResult created = post(registrar, "/api/v1/people", """
                {"givenName": {"lat": "Amina"}, "familyName": {"lat": "Case-Work"}, "sex": "F", "baladiya": "%s"}
                """.formatted(TRIPOLI));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return UUID.fromString(json(created).get("id").asString());
    }

    /** An office of a new organisation. */
    public UUID office() {
        UUID organisation = UUID.randomUUID();
        String code = organisation.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Case partner', 'شريك الحالات', 'test', 'test')
                        """).param("id", organisation).param("code", "ORG-" + code).update();
        UUID office = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Tripoli office', 'مكتب طرابلس', 'test', 'test')
                        """)
                .param("id", office)
                .param("organisation", organisation)
                .param("code", "OFF-" + code)
                .update();
        return office;
    }

    /**
     * Opens a case of the type for a new person, assigned to the user, as the system identity (a stand-in for the
     * cases API). {@code gbv} and the other protection types are restricted; {@code mrrm-assistance} is not.
     */
    public UUID openCase(String caseType, User assignee, User registrar) {
        UUID person = person(registrar);
        UUID office = office();
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> system.run("test: open a case", () -> {
            jdbc.sql("""
                            INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, baladiya_pcode,
                                                    assigned_to, sensitivity, status, stage, opened_at, opened_by,
                                                    updated_at, updated_by, version)
                            SELECT :id, :number, t.code, :person, :office, :baladiya, :assignee,
                                   t.default_sensitivity, 'open', 'new', :now, 'test', :now, 'test', 0
                              FROM cases_case_type t WHERE t.code = :type
                            """)
                    .param("id", id)
                    .param("number", "T-" + id.toString().substring(0, 8))
                    .param("type", caseType)
                    .param("person", person)
                    .param("office", office)
                    .param("baladiya", TRIPOLI)
                    .param("assignee", assignee.id())
                    .param("now", Timestamp.from(Instant.now()))
                    .update();
        }));
        return id;
    }

    /** Closes the case, as cases-core's closure would. */
    public void closeCase(UUID caseId) {
        transaction.executeWithoutResult(status -> system.run("test: close a case", () -> {
            jdbc.sql("""
                            UPDATE cases_case SET status = 'closed', closed_at = now(), closure_reason = 'test'
                             WHERE id = :id
                            """).param("id", caseId).update();
        }));
    }

    /** The person a case is about. */
    public UUID personOf(UUID caseId) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> system.run(
                "test: read a case",
                () -> jdbc.sql("SELECT person_id FROM cases_case WHERE id = :id")
                        .param("id", caseId)
                        .query(UUID.class)
                        .single())));
    }

    /** A count over the case's rows, as the system identity (which row-level security lets see every case). */
    public long countAsSystem(String sql, UUID caseId) {
        Long count = transaction.execute(status -> system.run(
                "test: count a case's parts",
                () -> jdbc.sql(sql).param("id", caseId).query(Long.class).single()));
        return count == null ? 0 : count;
    }

    public MvcTestResult get(User user, String uri, Object... variables) {
        return mvc.get()
                .uri(uri, variables)
                .cookie(user.session())
                .header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    public MvcTestResult post(User user, String uri, String body, Object... variables) {
        return send(user, "POST", uri, body, variables);
    }

    public MvcTestResult put(User user, String uri, String body, Object... variables) {
        return send(user, "PUT", uri, body, variables);
    }

    private MvcTestResult send(User user, String method, String uri, String body, Object... variables) {
        var request = "PUT".equals(method) ? mvc.put() : mvc.post();
        return request.uri(uri, variables)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The number of audit entries for this actor, action and outcome (any outcome when null). */
    public long audited(User actor, String action, @Nullable String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }

    /** A signed-in account. */
    public record User(UUID id, String username, Cookie session) {}
}
