package org.masar.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masar.people.Sex;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recipients for monitoring's tests, made exactly as users make them: people registered through the people API, a
 * distribution planned by a programme manager, the people put on its list, opened, and handed over to one by one from
 * the phone's endpoint (each hand-over writes the service naming the distribution as its source). All in Tripoli.
 */
public final class MonitoringTestSupport {

    public final DistributionsTestSupport distributions;
    public final ReferralsTestSupport people;
    public final User manager;
    public final User recorder;
    private final UUID warehouse;

    public MonitoringTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.distributions = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        this.people = distributions.people;
        this.manager = people.user("PROGRAMME_MANAGER");
        this.recorder = people.user("CASEWORKER");
        this.warehouse = distributions.warehouse("blanket", 1000);
    }

    /** Registers a person in Tripoli through the people API; answers their id. */
    public String person(String given, Sex sex) {
        MvcTestResult registered = people.post(recorder, "/api/v1/people", """
                {"givenName": {"lat": "%s", "ar": "سالم"}, "familyName": {"lat": "Monitored"}, "sex": "%s",
                 "estimatedAge": 34, "ageEstimatedOn": "%s", "baladiya": "%s"}
                """.formatted(
                        given, sex.name(), LocalDate.now(ZoneOffset.UTC).minusDays(1), ReferralsTestSupport.TRIPOLI));
        assertThat(registered)
                .as(() -> new String(registered.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return people.json(registered).get("id").asString();
    }

    /** A distribution under the programme, planned, opened and handed over to each person; answers its id. */
    public String distribution(String programme, List<String> persons) {
        String plan = DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}")
                .replace("\"WASH\"", "\"" + programme + "\"");
        String id = distributions.planned(manager, plan).get("id").asString();
        distributions.add(manager, id, persons.toArray(String[]::new));
        distributions.open(manager, id);
        for (String person : persons) {
            String beneficiary = distributions.beneficiary(recorder, id, person);
            assertThat(distributions.handOver(recorder, id, UUID.randomUUID(), beneficiary))
                    .hasStatus(HttpStatus.CREATED);
        }
        return id;
    }

    /** The id of the (only) service the person received, from the services API. */
    public String onlyService(String person) {
        JsonNode services = people.json(people.get(recorder, "/api/v1/assistance/services?person={p}", person))
                .get("items");
        assertThat(services.size()).isOne();
        return services.get(0).get("id").asString();
    }
}
