package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group activities through the API: recorded with participants by sex and age, a team and an attendance list, read
 * back; counts that do not add up (an attendance list longer than the participants, negative counts, nobody) are
 * refused with nothing written, and so are people outside the recorder's scopes.
 */
@MasarIntegrationTest
class GroupActivitiesApiTests {

    static final String ACTIVITIES = "/api/v1/assistance/activities";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    ReferralsTestSupport support;
    User caseworker;
    User colleague;
    String first;
    String second;
    String today;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        colleague = support.user("HEALTH_WORKER");
        first = support.person(caseworker, "Amina");
        second = support.person(caseworker, "Fatma");
        today = LocalDate.now(ZoneId.of("Africa/Tripoli")).toString();
    }

    private String activity(int women, int men, int girls, int boys, String attendees) {
        return """
                {"kind": "hygiene-promotion", "topic": "Hand washing and safe water", "baladiya": "%s",
                 "heldOn": "%s", "programme": "WASH", "project": "WASH-2026-01",
                 "women": %d, "men": %d, "girls": %d, "boys": %d, "team": ["%s"], "attendees": [%s]}
                """.formatted(ReferralsTestSupport.TRIPOLI, today, women, men, girls, boys, colleague.id(), attendees);
    }

    private long activities() {
        return jdbc.sql("SELECT count(*) FROM assistance_activity")
                .query(Long.class)
                .single();
    }

    @Test
    void anActivityIsRecordedWithItsCountsTeamAndAttendanceAndReadBack() {
        var recorded =
                support.post(caseworker, ACTIVITIES, activity(12, 3, 5, 4, "\"%s\", \"%s\"".formatted(first, second)));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        String id = support.json(recorded).get("id").asString();
        JsonNode read = support.json(support.get(caseworker, ACTIVITIES + "/{id}", id));
        assertThat(read.get("participants").asInt()).isEqualTo(24);
        assertThat(read.get("girls").asInt()).isEqualTo(5);
        assertThat(read.get("attendees").toString()).contains(first, second);
        assertThat(read.get("team").toString())
                .contains(colleague.id().toString())
                .contains(caseworker.id().toString());
        assertThat(support.json(support.get(caseworker, ACTIVITIES)).toString()).contains(id);
        assertThat(support.audited(caseworker, "assistance.activity.recorded", "SUCCESS"))
                .isOne();
    }

    @Test
    void countsThatDoNotAddUpAreRefusedAndNothingIsWritten() {
        long before = activities();
        // Two people listed, one counted.
        assertThat(support.post(
                        caseworker, ACTIVITIES, activity(1, 0, 0, 0, "\"%s\", \"%s\"".formatted(first, second))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("attendees");
        assertThat(support.post(caseworker, ACTIVITIES, activity(0, 0, 0, 0, "")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(caseworker, ACTIVITIES, activity(-2, 5, 0, 0, "")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("women");
        assertThat(support.post(caseworker, ACTIVITIES, activity(2, 0, 0, 0, "\"%s\", \"%s\"".formatted(first, first))))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(caseworker, ACTIVITIES, "{\"kind\": \"party\", \"attendees\": [null]}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        // A person outside the recorder's scopes on the list.
        User misrata = support.user("CASEWORKER", null, null, "LY021203");
        assertThat(support.post(misrata, ACTIVITIES, activity(2, 0, 0, 0, "\"%s\"".formatted(first))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(activities()).isEqualTo(before);
    }

    @Test
    void anActivityIsSeenRecordedAndReadOnlyWithinTheBaladiyaItWasHeldIn() {
        var recorded = support.post(caseworker, ACTIVITIES, activity(4, 2, 0, 0, "\"%s\"".formatted(first)));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        String id = support.json(recorded).get("id").asString();

        User misrata = support.user("CASEWORKER", null, null, "LY021203");
        assertThat(support.json(support.get(misrata, ACTIVITIES)).toString()).doesNotContain(id, first);
        assertThat(support.get(misrata, ACTIVITIES + "/{id}", id))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("assistance.activity-out-of-scope");
        assertThat(support.audited(misrata, "access.refused", "DENIED")).isOne();

        // Nor recorded there, even with no one named.
        long before = activities();
        assertThat(support.post(misrata, ACTIVITIES, activity(3, 0, 0, 0, ""))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(activities()).isEqualTo(before);
    }
}
