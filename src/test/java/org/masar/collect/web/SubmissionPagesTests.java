package org.masar.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionTestSupport;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.masar.collect.api.BindingPageFixtures;
import org.masar.dtm.DtmTestSupport;
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
        // a form bound to a DTM assessment, and a submission whose round is not collecting: kept with its reason
        BindingTestSupport bindings = new BindingTestSupport(mvc, jdbc, collect);
        DtmTestSupport dtm = new DtmTestSupport(mvc, json, jdbc);
        String bound = uniqueFormId("pages_bound");
        bindings.upload(officer, bound, BindingPageFixtures.assessmentForm(bound));
        bindings.bound(
                officer,
                bound,
                "{\"target\": \"dtm-assessment\", \"mapping\": " + BindingPageFixtures.ASSESSMENT_MAPPING + "}");
        String round = dtm.round(DtmTestSupport.nextNumber());
        String instanceId = bindings.sent(phone, bound, null, BindingPageFixtures.assessment(round));

        MvcTestResult list =
                page("/collect/forms/" + bound + "/submissions?mappingState=unmapped", officer.session(), "en");
        assertThat(body(list))
                .contains("data-instance-id=\"" + instanceId + "\"")
                .contains("data-state=\"unmapped\"")
                .contains("dtm.version-not-open");
        assertThat(body(page("/collect/forms/" + bound + "/submissions?mappingState=mapped", officer.session(), "en")))
                .contains("id=\"no-submissions\"");
        assertThat(body(page("/collect/submissions", officer.session(), "en"))).contains("1 unmapped");

        String id = jdbc.sql("SELECT id::text FROM collect_submission WHERE instance_id = :i")
                .param("i", instanceId)
                .query(String.class)
                .single();
        MvcTestResult submission = page("/collect/forms/" + bound + "/submissions/" + id, officer.session(), "ar");
        assertThat(body(submission))
                .contains("dir=\"rtl\"")
                .contains("id=\"mapping-reason\"")
                .contains("dtm-assessment")
                .contains("dtm.version-not-open")
                .contains("id=\"map-again\"");

        // once the round collects, the form's manager maps it again from the submission's page
        dtm.post("/api/v1/dtm/rounds/" + round + "/collection", DtmTestSupport.OFFICER, null);
        assertThat(mvc.post()
                        .uri("/collect/forms/" + bound + "/binding/unmapped/" + id + "/map")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(body(page("/collect/forms/" + bound + "/submissions/" + id, officer.session(), "en")))
                .contains("data-state=\"mapped\"")
                .doesNotContain("id=\"map-again\"");
        // a reviewer who does not manage forms reads the reason but is offered no mapping
        User reviewer = collect.user("ME_OFFICER");
        String other = bindings.sent(
                phone, bound, null, BindingPageFixtures.assessment(dtm.round(DtmTestSupport.nextNumber())));
        String otherId = jdbc.sql("SELECT id::text FROM collect_submission WHERE instance_id = :i")
                .param("i", other)
                .query(String.class)
                .single();
        assertThat(body(page("/collect/forms/" + bound + "/submissions/" + otherId, reviewer.session(), "en")))
                .contains("id=\"mapping-reason\"")
                .doesNotContain("id=\"map-again\"");
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
