package org.masar.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.masar.access.TestAccounts;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cash officers, checkers and readers scoped to Tripoli, people registered there, cycles, lists and transfers made
 * through the API, and a list taken through approval, for the cash tests.
 */
public final class CashTestSupport {

    public static final String CASH = "/api/v1/assistance/cash";
    public static final String TRIPOLI = ReferralsTestSupport.TRIPOLI;

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final TestAccounts accounts;
    public final ReferralsTestSupport people;

    public CashTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
        this.people = new ReferralsTestSupport(jdbc, encoder, mvc, json);
    }

    /** A user with these roles, scoped to the baladiya given (Tripoli when none). */
    public User user(String... roles) {
        return scoped(TRIPOLI, roles);
    }

    public User scoped(String baladiya, String... roles) {
        String username = TestAccounts.unique(roles[0].toLowerCase(Locale.ROOT).replace('_', '-'));
        UUID id = accounts.create(username, ReferralsTestSupport.PASSWORD, roles);
        jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                .param("id", id)
                .param("pcode", baladiya)
                .update();
        return new User(id, username, accounts.signedIn(username, ReferralsTestSupport.PASSWORD));
    }

    public static String today() {
        return LocalDate.now(ZoneId.of("Africa/Tripoli")).toString();
    }

    /** A cycle in Tripoli under SHELTER_NFI; answers its id. */
    public String cycle(User officer) {
        MvcTestResult created = post(officer, CASH + "/cycles", """
                {"name": "Winter rent %s", "programme": "SHELTER_NFI", "project": "SNFI-2026", "purpose": "rent",
                 "startsOn": "2026-01-01", "endsOn": "2026-12-31", "baladiya": "%s"}
                """.formatted(
                        UUID.randomUUID().toString().substring(0, 4), TRIPOLI));
        assertThat(created).as(() -> text(created)).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asString();
    }

    public String list(User officer, String cycle) {
        MvcTestResult created = post(officer, CASH + "/cycles/" + cycle + "/lists", "{}");
        assertThat(created).as(() -> text(created)).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asString();
    }

    public MvcTestResult add(User officer, String list, String person, String amount) {
        return post(officer, CASH + "/lists/" + list + "/transfers", """
                {"person": "%s", "amount": %s, "mechanism": "mobile-money"}
                """.formatted(person, amount));
    }

    public JsonNode added(User officer, String list, String person, String amount) {
        MvcTestResult added = add(officer, list, person, amount);
        assertThat(added).as(() -> text(added)).hasStatus(HttpStatus.CREATED);
        return json(added);
    }

    /** Submits the list; answers the approval's id. */
    public String submit(User officer, String list) {
        MvcTestResult submitted = post(officer, CASH + "/lists/" + list + "/submission", "{}");
        assertThat(submitted).as(() -> text(submitted)).hasStatusOk();
        return json(submitted).get("approval").asString();
    }

    public MvcTestResult approve(User checker, String approval) {
        return post(checker, "/api/v1/approvals/" + approval + "/approval", "{}");
    }

    public MvcTestResult status(User officer, String transfer, String status, String reason) {
        return post(
                officer,
                CASH + "/transfers/" + transfer + "/status",
                reason == null
                        ? "{\"status\": \"%s\"}".formatted(status)
                        : "{\"status\": \"%s\", \"reason\": \"%s\"}".formatted(status, reason));
    }

    public MvcTestResult reconcile(User officer, String list, String name, byte[] content, boolean confirm) {
        return mvc.post()
                .uri(CASH + "/lists/{id}/reconciliation", list)
                .multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .param("confirm", String.valueOf(confirm))
                .cookie(officer.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    public MvcTestResult post(User user, String uri, String body) {
        return people.post(user, uri, body);
    }

    public MvcTestResult get(User user, String uri, Object... variables) {
        return people.get(user, uri, variables);
    }

    public JsonNode json(MvcTestResult result) {
        return people.json(result);
    }

    public static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    public String transferStatus(String transfer) {
        return jdbc.sql("SELECT status FROM assistance_transfer WHERE id = :id")
                .param("id", UUID.fromString(transfer))
                .query(String.class)
                .single();
    }

    public long transfers() {
        return jdbc.sql("SELECT count(*) FROM assistance_transfer")
                .query(Long.class)
                .single();
    }

    public long audited(User actor, String action, String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }

    public long refusals(User actor) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND outcome = 'DENIED'
                        """).param("actor", actor.username()).query(Long.class).single();
    }
}
