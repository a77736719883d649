package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.OrganisationId;
import org.masar.access.TestAccounts;
import org.masar.people.ConsentPurpose;
import org.masar.people.Consents;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.masar.people.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Consent through the API: given per purpose and partner, withdrawn from a moment on, refused where it must be. */
@MasarIntegrationTest
class ConsentsApiTests {

    static final String TRIPOLI = "LY021104";

    static final String WAZIN = "LY020906";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Consents consents;

    PeopleTestSupport people;

    User caseworker;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
        caseworker = people.user("CASEWORKER", TRIPOLI);
    }

    @Test
    void aWithdrawalStopsTheUseFromThatMomentAndStaysOnTheRecord() {
        String person = person("Amal");
        UUID partner = organisation();
        UUID otherPartner = organisation();
        Instant dayAgo = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(give(person, """
                        {"purpose": "registration", "givenHow": "thumbprint", "givenAt": "%s"}
                        """.formatted(dayAgo))).hasStatus(HttpStatus.CREATED);
        MvcTestResult sharing = give(person, """
                {"purpose": "sharing", "partner": "%s", "givenHow": "written", "givenAt": "%s"}
                """.formatted(partner, dayAgo));
        assertThat(sharing).hasStatus(HttpStatus.CREATED);
        String sharingId = people.json(sharing).get("id").asString();
        PersonId id = new PersonId(UUID.fromString(person));
        Instant beforeWithdrawal = Instant.now();
        assertThat(consents.hasConsent(id, ConsentPurpose.SHARING, new OrganisationId(partner), beforeWithdrawal))
                .isTrue();
        assertThat(consents.hasConsent(id, ConsentPurpose.SHARING, new OrganisationId(otherPartner), beforeWithdrawal))
                .isFalse();
        assertThat(consents.hasConsent(id, ConsentPurpose.SHARING, new OrganisationId(partner), dayAgo.minusSeconds(1)))
                .isFalse();

        MvcTestResult withdrawn = people.post(
                caseworker,
                "/api/v1/people/" + person + "/consents/" + sharingId + "/withdrawal",
                "{\"reason\": \"Does not want the partner to hold her details any more\"}");
        assertThat(withdrawn).hasStatus(HttpStatus.OK);
        Instant withdrawnAt =
                Instant.parse(people.json(withdrawn).get("withdrawnAt").asString());

        assertThat(consents.hasConsent(
                        id, ConsentPurpose.SHARING, new OrganisationId(partner), withdrawnAt.minusNanos(1000)))
                .isTrue();
        assertThat(consents.hasConsent(id, ConsentPurpose.SHARING, new OrganisationId(partner), withdrawnAt))
                .isFalse();
        assertThat(consents.hasConsent(id, ConsentPurpose.SHARING, new OrganisationId(partner), Instant.now()))
                .isFalse();
        assertThat(consents.hasConsent(id, ConsentPurpose.REGISTRATION, null, Instant.now()))
                .isTrue();
        assertThat(consents.hasConsent(id, ConsentPurpose.FOLLOW_UP, null, Instant.now()))
                .isFalse();
        assertThat(consents.hasConsent(PersonId.random(), ConsentPurpose.REGISTRATION, null, Instant.now()))
                .isFalse();

        JsonNode record = people.json(people.get(caseworker, "/api/v1/people/{id}/consents", person));
        assertThat(record).hasSize(2);
        JsonNode shown = record.findParents("purpose").stream()
                .filter(consent -> consent.get("purpose").asString().equals("sharing"))
                .findFirst()
                .orElseThrow();
        assertThat(shown.get("withdrawn").asBoolean()).isTrue();
        assertThat(shown.get("withdrawnBy").asString()).isEqualTo(caseworker.username());
        assertThat(shown.get("withdrawalReason").asString()).startsWith("Does not want");
        assertThat(shown.get("takenBy").asString()).isEqualTo(caseworker.username());

        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", person))
                        .findValuesAsString("kind"))
                .contains("consent.given", "consent.withdrawn");
        TestAccounts accounts = new TestAccounts(jdbc, encoder, mvc);
        assertThat(accounts.audited(caseworker.username(), "people.consent.withdrawn", null))
                .isEqualTo(1);
        assertThat(accounts.audited(caseworker.username(), "people.consent.given", null))
                .isEqualTo(2);

        MvcTestResult twice = people.post(
                caseworker,
                "/api/v1/people/" + person + "/consents/" + sharingId + "/withdrawal",
                "{\"reason\": \"again\"}");
        assertThat(twice).hasStatus(HttpStatus.CONFLICT);
        // Withdrawn, it may be given again: a new consent from a new moment.
        assertThat(give(person, """
                        {"purpose": "sharing", "partner": "%s", "givenHow": "verbal"}
                        """.formatted(partner))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void everyEndpointRefusesWhoLacksThePermissionOrTheScope() {
        String person = person("Hiba");
        String consent = people.json(give(person, "{\"purpose\": \"follow_up\", \"givenHow\": \"verbal\"}"))
                .get("id")
                .asString();
        User wazin = people.user("CASEWORKER", WAZIN);
        User viewer = people.user("VIEWER");
        String body = "{\"purpose\": \"registration\", \"givenHow\": \"verbal\"}";
        String withdrawal = "{\"reason\": \"changed her mind\"}";

        assertThat(people.post(wazin, "/api/v1/people/" + person + "/consents", body))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(viewer, "/api/v1/people/" + person + "/consents", body))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(wazin, "/api/v1/people/{id}/consents", person)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, "/api/v1/people/{id}/consents", person)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(wazin, "/api/v1/people/" + person + "/consents/" + consent + "/withdrawal", withdrawal))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(viewer, "/api/v1/people/" + person + "/consents/" + consent + "/withdrawal", withdrawal))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT count(*) FROM people_consent WHERE person_id = :id AND withdrawn_at IS NULL")
                        .param("id", UUID.fromString(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        String person = person("Rania");
        MvcTestResult refused = give(person, """
                {"purpose": "marketing", "partner": "ACME", "givenAt": "last tuesday"}
                """);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("purpose", "partner", "givenHow", "givenAt");

        MvcTestResult noPartner = give(person, "{\"purpose\": \"sharing\", \"givenHow\": \"written\"}");
        assertThat(people.json(noPartner).get("errors").findValuesAsString("field"))
                .containsExactly("partner");
        MvcTestResult unknownPartner = give(person, """
                {"purpose": "sharing", "partner": "%s", "givenHow": "written"}
                """.formatted(UUID.randomUUID()));
        assertThat(unknownPartner).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(unknownPartner).get("errors").findValuesAsString("field"))
                .containsExactly("partner");
        UUID closed = organisation();
        jdbc.sql("UPDATE access_organisation SET active = false WHERE id = :id")
                .param("id", closed)
                .update();
        MvcTestResult inactivePartner = give(person, """
                {"purpose": "sharing", "partner": "%s", "givenHow": "written"}
                """.formatted(closed));
        assertThat(inactivePartner).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(inactivePartner).get("errors").findValuesAsString("code"))
                .containsExactly("people.validation.inactive-partner");
        MvcTestResult future = give(person, """
                {"purpose": "registration", "givenHow": "written", "givenAt": "%s"}
                """.formatted(Instant.now().plus(2, ChronoUnit.DAYS)));
        assertThat(people.json(future).get("errors").findValuesAsString("field"))
                .containsExactly("givenAt");

        String consent = people.json(give(person, "{\"purpose\": \"registration\", \"givenHow\": \"verbal\"}"))
                .get("id")
                .asString();
        assertThat(give(person, "{\"purpose\": \"registration\", \"givenHow\": \"written\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        MvcTestResult noReason = people.post(
                caseworker, "/api/v1/people/" + person + "/consents/" + consent + "/withdrawal", "{\"reason\": \" \"}");
        assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(noReason).get("errors").findValuesAsString("field"))
                .containsExactly("reason");
        assertThat(people.post(
                        caseworker,
                        "/api/v1/people/" + person + "/consents/" + UUID.randomUUID() + "/withdrawal",
                        "{\"reason\": \"no such consent\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM people_consent WHERE person_id = :id")
                        .param("id", UUID.fromString(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM people_consent WHERE person_id = :id AND withdrawn_at IS NOT NULL")
                        .param("id", UUID.fromString(person))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MvcTestResult give(String person, String body) {
        return people.post(caseworker, "/api/v1/people/" + person + "/consents", body);
    }

    private String person(String name) {
        return people.register(caseworker, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "Test"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(name, TRIPOLI))
                .get("id")
                .asString();
    }

    private UUID organisation() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Relief partner', 'شريك الإغاثة', 'test', 'test')
                        """)
                .param("id", id)
                .param("code", "ORG-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT))
                .update();
        return id;
    }
}
