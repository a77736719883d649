package org.masar.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.TestAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner organisations and offices with their providers, mission and partner users signed in, people registered with
 * or without a sharing consent, and referrals sent through the API, for the referrals' tests.
 */
public final class ReferralsTestSupport {

    public static final String PASSWORD = "refer them where help is 42";
    public static final String TRIPOLI = "LY021104";

    private final JdbcClient jdbc;
    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final TestAccounts accounts;

    public ReferralsTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.json = json;
        this.accounts = new TestAccounts(jdbc, encoder, mvc);
    }

    /** A signed-in account. */
    public record User(UUID id, String username, Cookie session) {}

    /** A mission user (no organisation: mission staff), scoped to Tripoli unless the role is mission-wide. */
    public User user(String role) {
        return user(role, null, null, TRIPOLI);
    }

    /** A user of the organisation and office given (either may be null), with baladiya scopes. */
    public User user(String role, @Nullable UUID organisation, @Nullable UUID office, String... baladiya) {
        String username = TestAccounts.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        UUID id = accounts.create(username, PASSWORD, role);
        jdbc.sql("UPDATE access_user SET organisation_id = :organisation, office_id = :office WHERE id = :id")
                .param("organisation", organisation)
                .param("office", office)
                .param("id", id)
                .update();
        for (String pcode : baladiya) {
            jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                    .param("id", id)
                    .param("pcode", pcode)
                    .update();
        }
        return new User(id, username, accounts.signedIn(username, PASSWORD));
    }

    /** Makes the first user the supervisor of the second. */
    public void supervises(User supervisor, User user) {
        jdbc.sql("UPDATE access_user SET supervisor_id = :supervisor WHERE id = :id")
                .param("supervisor", supervisor.id())
                .param("id", user.id())
                .update();
    }

    public UUID organisation(String kind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, :kind, :en, 'شريك الإحالة', 'test', 'test')
                        """)
                .param("id", id)
                .param("code", "R-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT))
                .param("kind", kind)
                .param("en", "Partner " + id.toString().substring(0, 4))
                .update();
        return id;
    }

    public UUID office(UUID organisation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Health unit', 'وحدة الصحة', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "O-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT))
                .update();
        return id;
    }

    /** Adds a provider through the API, as a programme manager does; answers its id. */
    public String provider(User manager, String field, UUID id, String... services) {
        StringBuilder list = new StringBuilder();
        for (String service : services) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(service).append('"');
        }
        MvcTestResult added = post(
                manager,
                "/api/v1/referral-services/providers",
                "{\"%s\": \"%s\", \"services\": [%s]}".formatted(field, id, list));
        assertThat(added).hasStatus(HttpStatus.CREATED);
        return json(added).get("id").asString();
    }

    /** Registers a person in Tripoli through the API; answers their id. */
    public String person(User caseworker, String given) {
        MvcTestResult registered = post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "%s", "ar": "أمل"}, "familyName": {"lat": "Referred"}, "sex": "F",
                 "estimatedAge": 31, "ageEstimatedOn": "%s", "phones": ["+218 91 555 0101"], "baladiya": "%s"}
                """.formatted(
                        given, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), TRIPOLI));
        assertThat(registered)
                .as(() -> new String(registered.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return json(registered).get("id").asString();
    }

    /** Records the person's consent to share with the partner, given yesterday. */
    public void consentToShare(User caseworker, String person, UUID partner) {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post(caseworker, "/api/v1/people/" + person + "/consents", """
                        {"purpose": "sharing", "partner": "%s", "givenHow": "written", "givenAt": "%s"}
                        """.formatted(partner, yesterday)))
                .hasStatus(HttpStatus.CREATED);
    }

    /** A referral body: to the provider, for the service, sharing the fields. */
    public static String referral(String person, String provider, String service, String urgency, String... share) {
        StringBuilder list = new StringBuilder();
        for (String field : share) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(field).append('"');
        }
        return """
                {"person": "%s", "provider": "%s", "service": "%s", "urgency": "%s",
                 "reason": "Needs follow-up after a clinic visit", "share": [%s]}
                """.formatted(person, provider, service, urgency, list);
    }

    public JsonNode send(User sender, String body) {
        MvcTestResult sent = post(sender, "/api/v1/referrals", body);
        assertThat(sent)
                .as(() -> new String(sent.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return json(sent);
    }

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

    public JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    public long referrals() {
        return jdbc.sql("SELECT count(*) FROM referrals_referral")
                .query(Long.class)
                .single();
    }

    public long audited(User actor, String action, String outcome) {
        return accounts.audited(actor.username(), action, outcome);
    }
}
