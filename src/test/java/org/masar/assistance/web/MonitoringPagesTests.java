package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.MonitoringTestSupport;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring pages, in Arabic (right to left) and English: a survey created from the list of distributions with
 * recipients, its sample listed with registration numbers and names, the interview form drawn from the questionnaire
 * (a wrong one comes back with its errors, nothing written), the recorded interview shown read-only, and the summary;
 * the menu entry only for monitoring officers.
 */
@MasarIntegrationTest
class MonitoringPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    MonitoringTestSupport monitoring;
    ReferralsTestSupport support;
    User caseworker;
    User monitor;

    @BeforeEach
    void setUp() {
        monitoring = new MonitoringTestSupport(jdbc, encoder, mvc, json);
        support = monitoring.people;
        caseworker = monitoring.recorder;
        monitor = support.user("ME_OFFICER");
    }

    @Test
    void aSurveyIsCreatedItsSampleInterviewedAndSummarisedFromThePages() {
        String salma = support.person(caseworker, "Salma");
        String mona = support.person(caseworker, "Mona");
        UUID distribution = UUID.fromString(monitoring.distribution("SHELTER_NFI", List.of(salma, mona)));

        assertThat(page(monitor, "/?lang=en")).contains("/assistance/monitoring");
        assertThat(page(caseworker, "/?lang=en")).doesNotContain("/assistance/monitoring");
        assertThat(page(monitor, "/assistance/monitoring?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("new-survey");
        String form = page(monitor, "/assistance/monitoring/new?lang=en");
        assertThat(form)
                .contains("survey-form")
                .contains("sourceId=" + distribution)
                .contains("Hygiene kits, Abu Salim");

        MvcTestResult wrong = post("/assistance/monitoring", "source", "distribution", "sourceId", "not an id");
        assertThat(wrong).hasStatusOk();
        assertThat(body(wrong)).contains("is-invalid");
        MvcTestResult nobody = post(
                "/assistance/monitoring",
                "source",
                "distribution",
                "sourceId",
                UUID.randomUUID().toString(),
                "samplePercent",
                "50");
        assertThat(body(nobody)).contains("is-invalid").contains("Nobody received from it");

        MvcTestResult created = post(
                "/assistance/monitoring",
                "source",
                "distribution",
                "sourceId",
                distribution.toString(),
                "title",
                "Shelter kits, Abu Salim",
                "samplePercent",
                "100");
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String survey = created.getResponse().getRedirectedUrl();
        assertThat(survey).startsWith("/assistance/monitoring/");

        String sample = page(monitor, survey + "?lang=en");
        assertThat(sample)
                .contains("Shelter kits, Abu Salim")
                .contains("/assistance/distributions/" + distribution)
                .contains("Salma")
                .contains("Mona")
                .contains("Female")
                .contains(survey + "/interviews/" + salma);

        // Someone not drawn: no form, no name.
        String outsider = support.person(caseworker, "Outsider");
        MvcTestResult notSampled = mvc.get()
                .uri(survey + "/interviews/" + outsider)
                .cookie(monitor.session())
                .exchange();
        assertThat(notSampled).hasStatus(HttpStatus.CONFLICT);
        assertThat(body(notSampled)).doesNotContain("Outsider").doesNotContain("interview-form");

        String interview = page(monitor, survey + "/interviews/" + salma + "?lang=ar");
        assertThat(interview)
                .contains("dir=\"rtl\"")
                .contains("interview-form")
                .contains("هل استلمت الحزمة كاملة")
                .contains("name=\"q.satisfaction\"");

        MvcTestResult missing =
                post(survey + "/interviews/" + salma, "outcome", "interviewed", "q.satisfaction", "satisfied");
        assertThat(missing).hasStatusOk();
        assertThat(body(missing)).contains("text-danger");
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_pdm_interview WHERE person_id = CAST(:p AS uuid)")
                        .param("p", salma)
                        .query(Long.class)
                        .single())
                .isZero();

        MvcTestResult answered = post(
                survey + "/interviews/" + salma,
                "outcome",
                "interviewed",
                "q.received-full-package",
                "yes",
                "q.satisfaction",
                "very-satisfied",
                "q.usefulness",
                "very-useful",
                "q.felt-safe",
                "no",
                "q.unsafe-where",
                "returning",
                "q.problems",
                "long-wait",
                "q.problems",
                "poor-quality",
                "q.knows-feedback",
                "yes",
                "q.comment",
                "The blankets were thin");
        assertThat(answered).hasStatus(HttpStatus.FOUND);
        assertThat(post(survey + "/interviews/" + mona, "outcome", "refused", "reason", "No time"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(page(monitor, survey + "/interviews/" + salma + "?lang=en"))
                .contains("interview-answers")
                .contains("The blankets were thin")
                .doesNotContain("interview-form");
        assertThat(page(monitor, survey + "?lang=en"))
                .contains("data-status=\"interviewed\"")
                .contains("data-status=\"refused\"");

        String summary = page(monitor, survey + "/summary?lang=en");
        assertThat(summary)
                .contains("Mean score 5.00 out of 5")
                .contains("Long waiting time")
                .contains("Women and girls (1)")
                .doesNotContain("Salma");
        assertThat(page(monitor, survey + "/summary?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("انتظار طويل");
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).cookie(monitor.session()).with(csrf()).header("Accept-Language", "en");
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
