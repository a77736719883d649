package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks on a case through the API: added (to the caller by default), changed as of the version read (a stale one is
 * a 409 that overwrites nothing), done once; "my overdue tasks" by the mission's day; refusals as problems.
 */
@MasarIntegrationTest
class CaseWorkTasksApiTests {

    static final ZoneId LIBYA = ZoneId.of("Africa/Tripoli");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    CaseWorkTestCases cases;
    User caseworker;

    @BeforeEach
    void setUp() {
        cases = new CaseWorkTestCases(jdbc, encoder, mvc, json, system, transactions);
        caseworker = cases.user("CASEWORKER");
    }

    @Test
    void aTaskIsAddedChangedAsOfTheVersionReadAndDoneOnce() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        MvcTestResult created = cases.post(
                caseworker,
                "/api/v1/cases/{id}/tasks",
                "{\"title\": \"Call the clinic\", \"dueOn\": \"2030-01-15\"}",
                caseId);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode task = cases.json(created);
        String taskId = task.get("id").asString();
        assertThat(task.get("assigneeId").asString()).isEqualTo(caseworker.id().toString());
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("version").asInt()).isZero();
        assertThat(created.getResponse().getHeader("Location"))
                .isEqualTo("/api/v1/cases/" + caseId + "/tasks/" + taskId);

        // Two phones read version 0; the first change wins, the second is a 409 and overwrites nothing.
        String change = "{\"title\": \"%s\", \"dueOn\": \"2030-01-16\", \"assigneeId\": \"%s\", \"version\": 0}";
        assertThat(cases.put(
                        caseworker,
                        "/api/v1/cases/{id}/tasks/{t}",
                        change.formatted("Call the clinic at nine", caseworker.id()),
                        caseId,
                        taskId))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(1);
        assertThat(cases.put(
                        caseworker,
                        "/api/v1/cases/{id}/tasks/{t}",
                        change.formatted("Overwritten", caseworker.id()),
                        caseId,
                        taskId))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.task-stale");
        assertThat(cases.get(caseworker, "/api/v1/cases/{id}/tasks/{t}", caseId, taskId))
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Call the clinic at nine");

        assertThat(cases.post(
                        caseworker, "/api/v1/cases/{id}/tasks/{t}/completion", "{\"version\": 0}", caseId, taskId))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.task-stale");
        MvcTestResult done =
                cases.post(caseworker, "/api/v1/cases/{id}/tasks/{t}/completion", "{\"version\": 1}", caseId, taskId);
        assertThat(done).hasStatusOk();
        assertThat(cases.json(done).get("status").asString()).isEqualTo("DONE");
        assertThat(cases.json(done).get("closedBy").asString()).isEqualTo(caseworker.username());
        assertThat(cases.post(
                        caseworker, "/api/v1/cases/{id}/tasks/{t}/completion", "{\"version\": 2}", caseId, taskId))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.task-not-open");

        assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}/tasks", caseId))
                        .get("total")
                        .asInt())
                .isOne();
        assertThat(cases.audited(caseworker, "cases.task.created", "SUCCESS")).isOne();
        assertThat(cases.audited(caseworker, "cases.task.updated", "SUCCESS")).isOne();
        assertThat(cases.audited(caseworker, "cases.task.completed", "SUCCESS")).isOne();
    }

    @Test
    void myOverdueTasksAreThoseWhoseDayHasPassedInLibya() throws Exception {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        LocalDate today = LocalDate.ofInstant(Instant.now(), LIBYA);
        String overdue = add(caseId, "Overdue visit", today.minusDays(1));
        String dueToday = add(caseId, "Today's visit", today);
        String cancelled = add(caseId, "Cancelled visit", today.minusDays(3));
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/tasks/{t}/cancellation",
                        "{\"reason\": \"The family moved\", \"version\": 0}",
                        caseId,
                        cancelled))
                .hasStatusOk();

        JsonNode onlyOverdue = cases.json(cases.get(caseworker, "/api/v1/case-tasks?assignee=me&overdue=true"));
        assertThat(onlyOverdue.get("total").asInt()).isOne();
        assertThat(onlyOverdue.get("items").get(0).get("id").asString()).isEqualTo(overdue);
        assertThat(onlyOverdue.get("items").get(0).get("overdue").asBoolean()).isTrue();

        JsonNode all = cases.json(cases.get(caseworker, "/api/v1/case-tasks?assignee=me"));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("items").size()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("id").asString()).isEqualTo(overdue);
        assertThat(all.get("items").get(1).get("id").asString()).isEqualTo(dueToday);
        assertThat(all.get("items").get(1).get("overdue").asBoolean()).isFalse();

        // Listing the tasks is no audited read for a normal case; for a restricted one it is (below).
        assertThat(cases.audited(caseworker, "cases.task.restricted-read", null))
                .isZero();
        UUID restricted = cases.openCase("gbv", caseworker, caseworker);
        add(restricted, "Accompany to the clinic", today.minusDays(2));
        assertThat(cases.json(cases.get(caseworker, "/api/v1/case-tasks?assignee=me&overdue=true"))
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(cases.audited(caseworker, "cases.task.restricted-read", "SUCCESS"))
                .isOne();

        assertThat(cases.get(caseworker, "/api/v1/case-tasks?assignee=someone-else"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");

        // The dashboard shows the figure, leading to the list.
        MvcTestResult dashboard = mvc.get()
                .uri("/")
                .cookie(caseworker.session())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(dashboard).hasStatusOk();
        assertThat(dashboard.getResponse().getContentAsString())
                .contains("My overdue tasks")
                .contains("href=\"/cases/tasks\"");
    }

    @Test
    void badInputAndClosedOrUnreadableCasesAreProblemsAndWriteNothing() {
        UUID restricted = cases.openCase("gbv", caseworker, caseworker);
        User outsider = cases.user("CASEWORKER");

        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/tasks",
                        "{\"title\": \" \", \"dueOn\": \"2030-01-01\"}",
                        restricted))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/tasks",
                        "{\"title\": \"x\", \"dueOn\": \"1900-01-01\"}",
                        restricted))
                .hasStatus(HttpStatus.BAD_REQUEST);
        // Someone who cannot read the restricted case cannot be given its task.
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/tasks",
                        "{\"title\": \"Visit\", \"dueOn\": \"2030-01-01\", \"assigneeId\": \"%s\"}"
                                .formatted(outsider.id()),
                        restricted))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("assigneeId");
        // The outsider may not read nor write it: 403, audited.
        assertThat(cases.post(
                        outsider,
                        "/api/v1/cases/{id}/tasks",
                        "{\"title\": \"x\", \"dueOn\": \"2030-01-01\"}",
                        restricted))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.get(outsider, "/api/v1/cases/{id}/tasks", restricted)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cases.get(caseworker, "/api/v1/cases/{id}/tasks", UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(tasksOf(restricted)).isZero();

        cases.closeCase(restricted);
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/tasks",
                        "{\"title\": \"x\", \"dueOn\": \"2030-01-01\"}",
                        restricted))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.not-open");
        assertThat(tasksOf(restricted)).isZero();

        // A viewer reads cases (if at all) but never writes their parts.
        User viewer = cases.user("VIEWER");
        UUID normal = cases.openCase("mrrm-assistance", caseworker, caseworker);
        assertThat(cases.post(
                        viewer, "/api/v1/cases/{id}/tasks", "{\"title\": \"x\", \"dueOn\": \"2030-01-01\"}", normal))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private String add(UUID caseId, String title, LocalDate dueOn) {
        MvcTestResult created = cases.post(
                caseworker,
                "/api/v1/cases/{id}/tasks",
                "{\"title\": \"%s\", \"dueOn\": \"%s\"}".formatted(title, dueOn),
                caseId);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return cases.json(created).get("id").asString();
    }

    private long tasksOf(UUID caseId) {
        return cases.countAsSystem("SELECT count(*) FROM cases_case_task WHERE case_id = :id", caseId);
    }
}
