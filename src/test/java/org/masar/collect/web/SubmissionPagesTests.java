package org.masar.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionTestSupport;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewer's pages in both languages: the forms with what is left to review, a form's submissions with their
 * badges, filters and the reason an unmapped one was kept, a submission's page with its answers, and the review form.
 */
@MasarIntegrationTest
class SubmissionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    SubmissionTestSupport phones;
    User officer;
    User enumerator;
    Phone phone;
    String formId;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        phones = new SubmissionTestSupport(mvc, collect);
        officer = collect.user("DTM_OFFICER");
        enumerator = collect.user("DTM_ENUMERATOR");
        phone = collect.phone(enumerator, "Samsung A14");
        formId = phones.form(officer, uniqueFormId("pages"));
    }

    @Test
    void aReviewerFindsTheFormListsItsSubmissionsAndReviewsOne() throws Exception {
        String tajoura = phones.sent(phone, formId, Visit.of("Tajoura"));
        String janzour = phones.sent(phone, formId, Visit.of("Janzour"));

        MvcTestResult forms = page("/collect/submissions", officer.session(), "en");
        assertThat(forms).hasStatusOk();
        assertThat(body(forms))
                .contains("data-form-id=\"" + formId + "\"")
                .contains("2 to review")
                .contains("href=\"/collect/submissions\""); // the menu entry

        MvcTestResult list = page("/collect/forms/" + formId + "/submissions", officer.session(), "en");
        assertThat(list).hasStatusOk();
        assertThat(body(list))
                .contains("data-instance-id=\"" + tajoura + "\"")
                .contains("data-instance-id=\"" + janzour + "\"")
                .contains("data-state=\"received\"")
                .contains("id=\"export-csv\"");

        String id = jdbc.sql("SELECT id::text FROM collect_submission WHERE instance_id = :i")
                .param("i", tajoura)
                .query(String.class)
                .single();
        String link = "/collect/forms/" + formId + "/submissions/" + id;
        MvcTestResult arabic = page(link, officer.session(), "ar");
        assertThat(arabic).hasStatusOk();
        assertThat(body(arabic))
                .contains("dir=\"rtl\"")
                .contains("الموقع")
                .contains("Tajoura")
                .contains("غذاء, ماء")
                .contains("id=\"review-form\"");

        assertThat(mvc.post()
                        .uri(link + "/review")
                        .param("state", "has-issues")
                        .param("note", "The size looks wrong")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(link);
        MvcTestResult reviewed = page(link, officer.session(), "en");
        assertThat(body(reviewed))
                .contains("data-state=\"has-issues\"")
                .contains("The size looks wrong")
                .contains(officer.username());

        // a decision without a state is shown on the page with its problem
        MvcTestResult refused = mvc.post()
                .uri(link + "/review")
                .cookie(officer.session())
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("id=\"submission-problem\"");

        MvcTestResult filtered =
                page("/collect/forms/" + formId + "/submissions?reviewState=has-issues", officer.session(), "ar");
        assertThat(body(filtered))
                .contains("dir=\"rtl\"")
                .contains("data-instance-id=\"" + tajoura + "\"")
                .doesNotContain("data-instance-id=\"" + janzour + "\"");
    }

    @Test
    void anUnmappedSubmissionIsListedWithItsReason() throws Exception {
        String instanceId = phones.sent(phone, formId, Visit.of("Tajoura"));
        // what ingestion writes when the form's binding refused the submission
        jdbc.sql("""
                        UPDATE collect_submission SET mapping_state = 'unmapped', mapping_target = 'dtm-assessment',
                               mapping_reason = 'No round is open for this baladiya'
                         WHERE instance_id = :i
                        """).param("i", instanceId).update();
        MvcTestResult list =
                page("/collect/forms/" + formId + "/submissions?mappingState=unmapped", officer.session(), "en");
        assertThat(body(list))
                .contains("data-instance-id=\"" + instanceId + "\"")
                .contains("data-state=\"unmapped\"")
                .contains("No round is open for this baladiya");
        assertThat(body(page("/collect/submissions", officer.session(), "en"))).contains("1 unmapped");
    }

    @Test
    void whoDoesNotReviewHasNoSubmissionPages() {
        User viewer = collect.user("VIEWER");
        assertThat(page("/collect/submissions", viewer.session(), "en")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page("/collect/submissions", enumerator.session(), "en")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page("/collect/forms/" + formId + "/submissions", viewer.session(), "en"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult page(String uri, Cookie session, String language) {
        return mvc.get()
                .uri(uri)
                .cookie(session)
                .header("Accept-Language", language)
                .exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
