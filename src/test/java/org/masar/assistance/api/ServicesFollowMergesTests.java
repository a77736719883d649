package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person in the ledger: when a supervisor merges two records of one person, the services each received are the
 * survivor's (their list, the report's people reached); undoing the merge takes back exactly those moved.
 */
@MasarIntegrationTest
class ServicesFollowMergesTests {

    static final String SERVICES = "/api/v1/assistance/services";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aMergedPersonsServicesAreTheSurvivorsUntilTheMergeIsUndone() {
        ReferralsTestSupport support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        User caseworker = support.user("CASEWORKER");
        User supervisor = support.user("PROGRAMME_MANAGER");
        String merged = support.person(caseworker, "Salma");
        String survivor = support.person(caseworker, "Selma");
        String today = LocalDate.now(ZoneId.of("Africa/Tripoli")).toString();
        String project = "MERGE-" + UUID.randomUUID().toString().substring(0, 8);
        for (String person : new String[] {merged, survivor}) {
            assertThat(support.post(
                            caseworker, SERVICES, """
                            {"person": "%s", "type": "hygiene-kit", "quantity": 1, "unit": "kits", "baladiya": "%s",
                             "deliveredOn": "%s", "programme": "WASH", "project": "%s"}
                            """.formatted(person, ReferralsTestSupport.TRIPOLI, today, project)))
                    .hasStatus(HttpStatus.CREATED);
        }
        String month = today.substring(0, 7);
        String report = "/api/v1/assistance/reports?from=" + month + "&to=" + month + "&project=" + project;
        assertThat(reached(support, supervisor, report)).isEqualTo(2);

        assertThat(support.post(supervisor, "/api/v1/people/" + merged + "/merge", """
                        {"survivor": "%s"}
                        """.formatted(survivor)))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(listed(support, caseworker, survivor)).isEqualTo(2));
        assertThat(reached(support, supervisor, report)).isOne();

        assertThat(support.post(supervisor, "/api/v1/people/" + merged + "/unmerge", "{}"))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(listed(support, caseworker, survivor)).isOne());
        assertThat(listed(support, caseworker, merged)).isOne();
        assertThat(reached(support, supervisor, report)).isEqualTo(2);
    }

    private static long listed(ReferralsTestSupport support, User user, String person) {
        return support.json(support.get(user, SERVICES + "?person={p}", person))
                .get("total")
                .asLong();
    }

    private static long reached(ReferralsTestSupport support, User user, String report) {
        return support.json(support.get(user, report))
                .get("total")
                .get("people")
                .asLong();
    }
}
