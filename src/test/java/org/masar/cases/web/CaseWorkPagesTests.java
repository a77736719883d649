package org.masar.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work pages of a case, as its caseworker sees them in English and Arabic: each links back to the case, the forms
 * add and close things, a stale form is a visible conflict, and "my tasks" lists the overdue ones first.
 */
@MasarIntegrationTest
class CaseWorkPagesTests {

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
    void everyWorkPageLinksBackToItsCaseInBothLanguages() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        for (String part : List.of("tasks", "notes", "plan", "documents")) {
            assertThat(page("/cases/" + caseId + "/" + part + "?lang=en"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("href=\"/cases/" + caseId + "\"", "Back to the case");
            assertThat(page("/cases/" + caseId + "/" + part + "?lang=ar"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("dir=\"rtl\"", "href=\"/cases/" + caseId + "\"", "العودة إلى الحالة");
        }
        assertThat(page("/cases/tasks?lang=ar")).hasStatusOk().bodyText().contains("dir=\"rtl\"", "مهامي");
        assertThat(page("/cases/" + UUID.randomUUID() + "/tasks?lang=en")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFormsAddAndCloseThingsAndAStaleFormIsAVisibleConflict() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Africa/Tripoli")).minusDays(1);
        assertThat(form("/cases/" + caseId + "/tasks", "title", "Bring the kit", "dueOn", yesterday.toString()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/cases/" + caseId + "/tasks")
                .flash()
                .containsEntry("flash", "cases-work.task.added");
        String taskId = jdbc.sql("SELECT id FROM cases_case_task WHERE case_id = :id")
                .param("id", caseId)
                .query(UUID.class)
                .single()
                .toString();
        assertThat(page("/cases/tasks?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Bring the kit", "Overdue: 1", "list-group-item-danger");

        // Two tabs hold version 0: the first change wins, the second is a conflict on the page and changes nothing.
        String change = "/cases/" + caseId + "/tasks/" + taskId + "/change";
        assertThat(form(
                        change,
                        "version",
                        "0",
                        "title",
                        "Bring the kit today",
                        "dueOn",
                        yesterday.toString(),
                        "assigneeId",
                        caseworker.id().toString()))
                .flash()
                .containsEntry("flash", "cases-work.task.changed");
        assertThat(form(
                        change,
                        "version",
                        "0",
                        "title",
                        "Stale title",
                        "dueOn",
                        yesterday.toString(),
                        "assigneeId",
                        caseworker.id().toString()))
                .hasRedirectedUrl("/cases/" + caseId + "/tasks")
                .flash()
                .containsEntry("problemCode", "cases.task-stale");
        assertThat(page("/cases/" + caseId + "/tasks?lang=en"))
                .bodyText()
                .contains("Bring the kit today")
                .doesNotContain("Stale title");

        // A second tab still holding version 1 after the first completed it: a conflict on the page, nothing else.
        assertThat(form("/cases/" + caseId + "/tasks/" + taskId + "/complete", "version", "1"))
                .flash()
                .containsEntry("flash", "cases-work.task.completed");
        assertThat(form("/cases/" + caseId + "/tasks/" + taskId + "/complete", "version", "1"))
                .hasRedirectedUrl("/cases/" + caseId + "/tasks")
                .flash()
                .containsEntry("problemCode", "cases.task-not-open");
        assertThat(form("/cases/" + caseId + "/tasks", "title", "", "dueOn", yesterday.toString()))
                .flash()
                .containsEntry("problemCode", "validation");

        assertThat(form("/cases/" + caseId + "/notes", "text", "Family reached by phone"))
                .flash()
                .containsEntry("flash", "cases-work.note.written");
        assertThat(page("/cases/" + caseId + "/notes?lang=en")).bodyText().contains("Family reached by phone");

        assertThat(form("/cases/" + caseId + "/plan", "service", "FOOD_NFI", "details", "Hygiene kit"))
                .flash()
                .containsEntry("flash", "cases-work.plan.planned");
        assertThat(form("/cases/" + caseId + "/plan", "service", "NOT_A_SERVICE"))
                .flash()
                .containsEntry("problemCode", "validation");
        assertThat(page("/cases/" + caseId + "/plan?lang=ar")).bodyText().contains("الغذاء والمواد غير الغذائية");

        MvcTestResult attached = mvc.post()
                .uri("/cases/{id}/documents", caseId)
                .multipart()
                .file(new MockMultipartFile("file", "scan.exe.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .cookie(caseworker.session())
                .with(csrf())
                .accept(MediaType.TEXT_HTML)
                .exchange();
        assertThat(attached).flash().containsEntry("problemCode", "cases.document-rejected");
    }

    private MvcTestResult page(String uri) {
        return mvc.get()
                .uri(uri)
                .cookie(caseworker.session())
                .accept(MediaType.TEXT_HTML)
                .exchange();
    }

    private MvcTestResult form(String uri, String... fields) {
        var request =
                mvc.post().uri(uri).cookie(caseworker.session()).with(csrf()).accept(MediaType.TEXT_HTML);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
