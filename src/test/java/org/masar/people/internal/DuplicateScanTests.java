package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduled scan for duplicates already stored, driven directly (the task itself is off in tests): it finds the
 * pairs registration did not record, as the system identity, resumes where it stood, and never proposes again a pair
 * found not to be the same person, nor a merged or deleted record.
 */
@MasarIntegrationTest
class DuplicateScanTests {

    static final String MISRATA = "LY021401";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DuplicateScan scan;

    @Autowired
    CandidateSearch candidates;

    @Autowired
    PersonStore store;

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void theScanFindsAPairRegistrationMissedAndLeavesADecidedPairDecided() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = someone();
        UUID one = id(people.register(caseworker, details).get("id").asString());
        UUID other = id(people.register(caseworker, details).get("id").asString());
        UUID third = id(people.register(caseworker, details).get("id").asString());
        // As if the two had been stored before the engine knew to pair them.
        jdbc.sql("DELETE FROM people_duplicate_pair WHERE :one IN (person_a, person_b)"
                        + " AND :other IN (person_a, person_b)")
                .param("one", one)
                .param("other", other)
                .update();
        assertThat(people.post(supervisor, "/api/v1/people/duplicates/" + one + "/" + third + "/not-same", ""))
                .hasStatus(HttpStatus.OK);

        fullPass();

        assertThat(pair(one, other)).containsExactly("scan", "open");
        assertThat(pair(one, third)).containsExactly("registration", "not_same");
        assertThat(pair(other, third)).containsExactly("registration", "open");
        assertThat(people.json(people.get(supervisor, "/api/v1/people/duplicates/{a}/{b}", other, one))
                        .get("foundBy")
                        .asString())
                .isEqualTo("scan");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'access.system-identity.run'"
                                + " AND reason = 'people.duplicate-scan' AND actor = :system")
                        .param("system", SystemIdentity.NAME)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aMergedRecordIsNoLongerProposedByTheScan() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = someone();
        UUID merged = id(people.register(caseworker, details).get("id").asString());
        UUID survivor = id(people.register(caseworker, details).get("id").asString());
        assertThat(people.post(supervisor, "/api/v1/people/" + merged + "/merge", """
                        {"survivor": "%s"}
                        """.formatted(survivor)))
                .hasStatus(HttpStatus.OK);
        UUID later = id(people.register(caseworker, details).get("id").asString());
        jdbc.sql("DELETE FROM people_duplicate_pair WHERE :later IN (person_a, person_b)")
                .param("later", later)
                .update();

        fullPass();

        assertThat(pair(later, survivor)).containsExactly("scan", "open");
        assertThat(pair(later, merged)).isEmpty();
    }

    @Test
    void aPassResumesWhereTheLastRunStopped() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        for (int i = 0; i < 5; i++) {
            people.register(caseworker, someone());
        }
        jdbc.sql("UPDATE people_duplicate_scan SET after_person = NULL").update();
        int finished = passesFinished();

        // Slices of two and a budget already spent: each run scans one slice, and the next carries on after it.
        DuplicateScan small = new DuplicateScan(jdbc, candidates, store, system, transactions, clock, 2);
        DuplicateScan.Outcome first = small.run(Duration.ZERO);
        assertThat(first.persons()).isEqualTo(2);
        assertThat(first.passFinished()).isFalse();
        int scanned = first.persons();
        boolean done = false;
        while (!done) {
            DuplicateScan.Outcome next = small.run(Duration.ZERO);
            assertThat(next.persons()).isLessThanOrEqualTo(2);
            scanned += next.persons();
            done = next.passFinished();
        }
        assertThat(scanned)
                .isEqualTo(jdbc.sql("SELECT count(*) FROM people_person WHERE merged_into IS NULL"
                                + " AND deleted_at IS NULL")
                        .query(Integer.class)
                        .single());
        assertThat(passesFinished()).isEqualTo(finished + 1);
        assertThat(jdbc.sql("SELECT after_person IS NULL FROM people_duplicate_scan")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theTaskIsLeftOutOfTheTestsAndAnExecutionRunsThePass() {
        assertThat(context.getBeansOfType(RecurringTask.class)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :name")
                        .param("name", DuplicateScanTask.NAME)
                        .query(Long.class)
                        .single())
                .isZero();
        RecurringTask<Void> task =
                new DuplicateScanTask().peopleDuplicateScan(scan, Duration.ofMinutes(7), Duration.ofMinutes(5));
        assertThat(task.getName()).isEqualTo("people-duplicate-scan");

        // An execution scans from where the cursor stands, to the end of the pass within its budget.
        jdbc.sql("UPDATE people_duplicate_scan SET after_person = NULL").update();
        int finished = passesFinished();
        task.executeRecurringly(new TaskInstance<>(task.getName(), RecurringTask.INSTANCE), null);
        assertThat(passesFinished()).isEqualTo(finished + 1);
    }

    /** A whole pass from the first person. */
    private void fullPass() {
        jdbc.sql("UPDATE people_duplicate_scan SET after_person = NULL").update();
        while (!scan.run(Duration.ofMinutes(5)).passFinished()) {
            // The budget is generous: one run finishes the pass unless the database is huge.
        }
    }

    private List<String> pair(UUID one, UUID other) {
        return jdbc.sql("SELECT found_by, status FROM people_duplicate_pair WHERE :one IN (person_a, person_b)"
                        + " AND :other IN (person_a, person_b)")
                .param("one", one)
                .param("other", other)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(List.of());
    }

    private int passesFinished() {
        return jdbc.sql("SELECT passes_finished FROM people_duplicate_scan")
                .query(Integer.class)
                .single();
    }

    private static UUID id(String text) {
        return UUID.fromString(text);
    }

    /** One person's details, with a family name nobody else in the database has. */
    private static String someone() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder family = new StringBuilder("Ka");
        for (char c : hex.toCharArray()) {
            family.append((char) ('a' + Character.digit(c, 16)));
        }
        String passport = "P" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        return """
                {"givenName": {"lat": "Idriss"}, "familyName": {"lat": "%s"}, "sex": "M", "dateOfBirth": "1988-02-03",
                 "nationality": "NER", "baladiya": "%s",
                 "documents": [{"type": "passport", "number": "%s", "issuingCountry": "NER"}]}
                """.formatted(family, MISRATA, passport);
    }
}
