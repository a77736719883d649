package org.masar.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.TestAccounts;
import org.masar.approvals.sample.EchoHandler;
import org.masar.geo.PCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed-in users with roles and baladiya scopes, and {@code test.echo} commands recorded through the face as a module
 * records them (as the maker, on the test's thread), for the approvals' HTTP tests.
 */
public final class ApprovalsTestSupport {

    public static final String PASSWORD = "four eyes see more than two 42";
    /** The permission the test commands need: DTM officers hold it, mission-wide. */
    public static final String PERMISSION = "dtm:publish";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;
    private final UserDetailsService details;
    private final Approvals approvals;

    public ApprovalsTestSupport(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            MockMvcTester mvc,
            JsonMapper json,
            UserDetailsService details,
            Approvals approvals) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
        this.details = details;
        this.approvals = approvals;
    }

    /** A signed-in user; their scope is the given baladiya (none: the role decides, mission-wide or nothing). */
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

    /** A second session of the same account, as from a second browser. */
    public Cookie anotherSession(User user) {
        return accounts.signedIn(user.username(), PASSWORD);
    }

    /** A new API token of the user's, issued with their session; answers its secret. */
    public String token(User user) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(user.session())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"four-eyes test\"}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json(created).get("secret").asString();
    }

    /** Two baladiya of the gazetteer. */
    public List<String> twoBaladiya() {
        return jdbc.sql("SELECT pcode FROM geo_baladiya ORDER BY pcode LIMIT 2")
                .query(String.class)
                .list();
    }

    /** A new subject no other test uses. */
    public static String subject() {
        return "subject-" + UUID.randomUUID();
    }

    /** Records a {@code test.echo} command as the maker would, through the face. */
    public Approval request(User maker, String subject, @Nullable String baladiya, String payloadJson) {
        return as(
                maker,
                () -> approvals.request(new NewApproval(
                        EchoHandler.TYPE,
                        subject,
                        "Echo " + subject.substring(subject.length() - 6),
                        PERMISSION,
                        baladiya == null ? null : new PCode(baladiya),
                        payloadJson)));
    }

    public Approval request(User maker, String subject) {
        return request(maker, subject, null, "{}");
    }

    /** Runs a face call as the user, signed in as the application signs them in (their account's principal). */
    public <T> T as(User user, java.util.function.Supplier<T> call) {
        UserDetails principal = details.loadUserByUsername(user.username());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The command's status as stored. */
    public String status(ApprovalId id) {
        return jdbc.sql("SELECT status FROM approvals_command WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    public MvcTestResult get(User user, String uri, Object... variables) {
        return mvc.get()
                .uri(uri, variables)
                .cookie(user.session())
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    public MvcTestResult post(Cookie session, String uri, String body, Object... variables) {
        return mvc.post()
                .uri(uri, variables)
                .cookie(session)
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult post(User user, String uri, String body, Object... variables) {
        return post(user.session(), uri, body, variables);
    }

    public MvcTestResult postWithToken(String token, String uri, String body, Object... variables) {
        return mvc.post()
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The number of audit entries for this actor, action and outcome. */
    public long audited(User actor, String action, String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }

    /** A signed-in account. */
    public record User(UUID id, String username, Cookie session) {}
}
