package org.masar.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.cases.CasesTestSupport.TRIPOLI;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.cases.CasesTestSupport;
import org.masar.cases.CasesTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case pages as a user sees them, in English and in Arabic (right to left). */
@MasarIntegrationTest
class CasePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    CasesTestSupport cases;
    UUID office;

    @BeforeEach
    void setUp() {
        cases = new CasesTestSupport(jdbc, encoder, mvc, json);
        office = cases.office();
    }

    @Test
    void aCaseIsOpenedFromThePersonAndItsPageShowsItsHeaderFlagsLinksAndForms() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        cases.worksIn(caseworker, office);
        String person = cases.person(caseworker, TRIPOLI);
        MvcTestResult form = page(caseworker.session(), "/cases/new?person=" + person, "en");
        assertThat(form).hasStatusOk();
        assertThat(body(form))
                .contains("new-case-form")
                .contains("Tripoli office")
                .contains("Salem");

        MvcTestResult opened = mvc.post()
                .uri("/cases/new")
                .cookie(caseworker.session())
                .with(csrf())
                .param("person", person)
                .param("caseType", "mrrm-assistance")
                .param("office", office.toString())
                .exchange();
        assertThat(opened).hasStatus(HttpStatus.FOUND);
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/cases/");
        String id = location.substring("/cases/".length());
        cases.post(caseworker, "/api/v1/cases/{id}/flags", """
                {"message": "Do not contact the family", "date": "2026-12-04", "version": 0}
                """, id);

        String page = body(page(caseworker.session(), "/cases/" + id, "en"));
        assertThat(page)
                .contains("Do not contact the family")
                .contains("MRRM assistance")
                .contains("New")
                .contains("Salem")
                .contains("stage-form")
                .contains("transfer-form")
                .contains("flag-form")
                .contains("/cases/" + id + "/tasks")
                .contains("/cases/" + id + "/notes")
                .contains("/cases/" + id + "/plan")
                .contains("/cases/" + id + "/documents")
                .contains("/referrals/new?case=" + id);
        assertThat(page).contains("assessment-form").contains("How many people live with you");
        MvcTestResult assessed = mvc.post()
                .uri("/cases/{id}/assessment", id)
                .cookie(caseworker.session())
                .with(csrf())
                .param("version", "1")
                .param("q.household-size", "5")
                .param("q.urgent-needs", "food", "health")
                .param("q.income", "no")
                .exchange();
        assertThat(assessed).hasStatus(HttpStatus.FOUND);
        JsonNode answers = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/assessments", id))
                .get(0)
                .get("answers");
        assertThat(answers.get("household-size").asInt()).isEqualTo(5);
        assertThat(answers.get("urgent-needs").size()).isEqualTo(2);
        assertThat(answers.get("income").asBoolean()).isFalse();
        String arabic = body(page(caseworker.session(), "/cases/" + id, "ar"));
        assertThat(arabic)
                .contains("dir=\"rtl\"")
                .contains("مساعدة آلية موارد المهاجرين")
                .contains("جديدة");
    }

    @Test
    void aSecondTabsStaleFormIsToldSoOnThePageAndAPendingApprovalLinksToIt() {
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", person, office)
                .get("id")
                .asString();
        // Both tabs drew the page at version 0; the first moves the case.
        MvcTestResult first = move(caseworker, id, "assessment", 0);
        assertThat(first).hasStatus(HttpStatus.FOUND);
        assertThat(body(page(caseworker.session(), first.getResponse().getRedirectedUrl(), "en")))
                .contains("alert-success");
        MvcTestResult second = move(caseworker, id, "closed", 0);
        assertThat(second).hasStatus(HttpStatus.FOUND);
        String shown = body(page(caseworker.session(), second.getResponse().getRedirectedUrl(), "en"));
        assertThat(shown).contains("problem-alert").contains("Someone changed this in the meantime");
        JsonNode after = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id));
        assertThat(after.get("stage").asString()).isEqualTo("assessment");

        assertThat(move(caseworker, id, "case-plan", after.get("version").asInt()))
                .hasStatus(HttpStatus.FOUND);
        String pending = body(page(caseworker.session(), "/cases/" + id, "en"));
        String approval = cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                .get("pendingApproval")
                .asString();
        assertThat(pending).contains("pending-approval").contains("/approvals/" + approval);
    }

    @Test
    void theReceiverOfATransferAnswersItOnTheCasePage() {
        User sender = cases.user("CASEWORKER", TRIPOLI);
        User receiver = cases.user("CASEWORKER", TRIPOLI);
        String person = cases.person(sender, TRIPOLI);
        String id =
                cases.open(sender, "mrrm-assistance", person, office).get("id").asString();
        JsonNode asked =
                cases.json(cases.post(sender, "/api/v1/cases/{id}/transfers", """
                {"toUser": "%s", "reason": "Leaving", "version": 0}
                """.formatted(receiver.id()), id));
        assertThat(body(page(receiver.session(), "/cases/transfers", "en")))
                .contains("data-case-id=\"" + id + "\"")
                .contains("Leaving");
        String page = body(page(receiver.session(), "/cases/" + id, "en"));
        assertThat(page).contains("accept-transfer-form").contains("decline-transfer-form");
        assertThat(body(page(sender.session(), "/cases/" + id, "en")))
                .contains("cancel-transfer-form")
                .doesNotContain("accept-transfer-form");
        MvcTestResult accepted = mvc.post()
                .uri(
                        "/cases/{id}/transfer/{t}/accept",
                        id,
                        asked.get("pendingTransfer").get("id").asString())
                .cookie(receiver.session())
                .with(csrf())
                .param("version", asked.get("version").asString())
                .exchange();
        assertThat(accepted).hasStatus(HttpStatus.FOUND);
        assertThat(cases.json(cases.get(receiver, "/api/v1/cases/{id}", id))
                        .get("assignedTo")
                        .asString())
                .isEqualTo(receiver.id().toString());
    }

    private MvcTestResult move(User user, String id, String to, int version) {
        return mvc.post()
                .uri("/cases/{id}/stage", id)
                .cookie(user.session())
                .with(csrf())
                .param("to", to)
                .param("reason", "tab")
                .param("version", String.valueOf(version))
                .exchange();
    }

    private MvcTestResult page(Cookie session, String uri, String language) {
        return mvc.get()
                .uri(uri)
                .cookie(session)
                .header("Accept-Language", language)
                .exchange();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
