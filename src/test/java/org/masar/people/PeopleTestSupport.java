package org.masar.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
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

/** Signed-in users with roles and baladiya scopes, and people registered through the API, for people's tests. */
public final class PeopleTestSupport {

    public static final String PASSWORD = "correct horse battery staple 42";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;

    public PeopleTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
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

    /** A signed-in account. */
    public record User(UUID id, String username, Cookie session) {}

    public MvcTestResult post(User user, String uri, String body) {
        return mvc.post()
                .uri(uri)
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

    /** Registers a person and answers the registration's JSON. */
    public JsonNode register(User user, String personJson) {
        MvcTestResult result = post(user, "/api/v1/people", personJson);
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result);
    }

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
