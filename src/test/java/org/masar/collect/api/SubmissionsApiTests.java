package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading submissions sent through {@code /submission}, as a reviewer and as their sender: lists and their filters,
 * a submission with its answers labelled in the reader's language, its repeat, attachment and versions, review
 * decisions and their history, and what each caller is refused (403 audited, 404, 400, 409).
 */
@MasarIntegrationTest
class SubmissionsApiTests {

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
        formId = phones.form(officer, uniqueFormId("visit"));
    }

    @Test
    void aReviewerListsTheCurrentSubmissionsAndFindsOneByItsInstanceId() {
        String first = phones.sent(phone, formId, Visit.of("Tajoura"));
        String second = phones.sent(phone, formId, Visit.of("Janzour"));

        JsonNode list = json(get("/submissions", officer.session()));
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(instanceIds(list)).containsExactly(second, first); // newest first
        JsonNode item = list.get("items").get(0);
        assertThat(item.get("formId").asString()).isEqualTo(formId);
        assertThat(item.get("submitter").asString()).isEqualTo(enumerator.username());
        assertThat(item.get("reviewState").asString()).isEqualTo("received");
        assertThat(item.get("current").asBoolean()).isTrue();
        assertThat(item.get("formVersion").asString()).isEqualTo("1");
        assertThat(item.has("answers") && !item.get("answers").isNull()).isFalse();

        JsonNode one = json(get("/submissions?instanceId=" + first, officer.session()));
        assertThat(instanceIds(one)).containsExactly(first);
        assertThat(json(get("/submissions?instanceId=uuid:nothing", officer.session()))
                        .get("total")
                        .asLong())
                .isZero();
        JsonNode paged = json(get("/submissions?size=1&page=1", officer.session()));
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(instanceIds(paged)).containsExactly(first);
        assertThat(json(get("/submissions?submitter=" + enumerator.username(), officer.session()))
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(json(get("/submissions?submitter=someone-else", officer.session()))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(json(get("/submissions?mappingState=none", officer.session()))
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(json(get("/submissions?from=2000-01-01&to=2000-01-31", officer.session()))
                        .get("total")
                        .asLong())
                .isZero();

        // the read is on the audit trail, with the form read and the filter
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'collect.submission.listed'
                           AND actor = :u AND subject_id = :form
                        """)
                        .param("u", officer.username())
                        .param("form", formId)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void aSubmissionShowsItsAnswersLabelledInTheReadersLanguageWithItsRepeat() {
        String instanceId = phones.sent(phone, formId, Visit.of("Tajoura"));
        String id = idOf(instanceId);

        JsonNode english = json(mvc.get()
                .uri("/api/v1/collect/forms/{f}/submissions/{id}", formId, id)
                .cookie(officer.session(), new Cookie("masar-lang", "en"))
                .exchange());
        assertThat(english.get("instanceId").asString()).isEqualTo(instanceId);
        assertThat(english.get("formTitle").asString()).isEqualTo("Household visit " + formId);
        JsonNode site = answer(english, "site");
        assertThat(site.get("label").asString()).isEqualTo("Site");
        assertThat(site.get("value").asString()).isEqualTo("Tajoura");
        assertThat(answer(english, "household/size").get("value").asString()).isEqualTo("4");
        JsonNode needs = answer(english, "needs");
        assertThat(needs.get("value").asString()).isEqualTo("food water");
        assertThat(needs.get("valueLabel").asString()).isEqualTo("Food, Water");
        assertThat(answer(english, "photo").get("value").isNull()).isTrue();
        JsonNode repeat = english.get("repeats").get(0);
        assertThat(repeat.get("path").asString()).isEqualTo("member");
        assertThat(repeat.get("instances")).hasSize(2);
        assertThat(repeat.get("instances").get(1).get("index").asString()).isEqualTo("2");
        assertThat(repeat.get("instances")
                        .get(1)
                        .get("answers")
                        .get(0)
                        .get("value")
                        .asString())
                .isEqualTo("Omar");
        assertThat(english.get("attachments")).isEmpty();
        assertThat(english.get("versions")).hasSize(1);
        assertThat(english.get("reviews")).isEmpty();

        JsonNode arabic = json(mvc.get()
                .uri("/api/v1/collect/forms/{f}/submissions/{id}", formId, id)
                .cookie(officer.session(), new Cookie("masar-lang", "ar"))
                .exchange());
        assertThat(answer(arabic, "site").get("label").asString()).isEqualTo("الموقع");
        assertThat(answer(arabic, "needs").get("valueLabel").asString()).isEqualTo("غذاء, ماء");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND actor = :u AND subject_id = :id")
                        .param("a", "collect.submission.read")
                        .param("u", officer.username())
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aPhotoSentWithTheInstanceIsDownloadedAsAnAttachmentThatIsNeverSniffed() throws Exception {
        byte[] jpeg = "a photo, in bytes".getBytes();
        String instanceId = phones.sent(
                phone,
                formId,
                Visit.of("Tajoura").withPhoto("door.jpg"),
                SubmissionTestSupport.photo("door.jpg", jpeg));
        String id = idOf(instanceId);
        JsonNode submission = json(get("/submissions/" + id, officer.session()));
        assertThat(answer(submission, "photo").get("value").asString()).isEqualTo("door.jpg");
        assertThat(submission.get("attachmentsExpected").asInt()).isEqualTo(1);
        assertThat(submission.get("attachmentsPresent").asInt()).isEqualTo(1);
        assertThat(submission.get("attachments")).hasSize(1);
        JsonNode attachment = submission.get("attachments").get(0);
        assertThat(attachment.get("filename").asString()).isEqualTo("door.jpg");
        assertThat(attachment.get("present").asBoolean()).isTrue();

        MvcTestResult download = mvc.get()
                .uri(attachment.get("downloadUrl").asString())
                .cookie(officer.session())
                .exchange();
        assertThat(download).hasStatusOk().hasContentType("image/jpeg").hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("door.jpg");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(jpeg);
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/{f}/submissions/{id}/attachments/other.jpg", formId, id)
                        .cookie(officer.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.submission-not-found");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND actor = :u AND subject_id = :id")
                        .param("a", "collect.submission.attachment-read")
                        .param("u", officer.username())
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPhotoNotYetSentIsListedAsMissingAndCannotBeDownloaded() {
        String instanceId = phones.sent(phone, formId, Visit.of("Tajoura").withPhoto("later.jpg"));
        String id = idOf(instanceId);
        JsonNode submission = json(get("/submissions/" + id, officer.session()));
        assertThat(submission.get("attachmentsExpected").asInt()).isEqualTo(1);
        assertThat(submission.get("attachmentsPresent").asInt()).isZero();
        JsonNode attachment = submission.get("attachments").get(0);
        assertThat(attachment.get("filename").asString()).isEqualTo("later.jpg");
        assertThat(attachment.get("present").asBoolean()).isFalse();
        assertThat(attachment.get("downloadUrl").isNull()).isTrue();
        assertThat(get("/submissions/" + id + "/attachments/later.jpg", officer.session()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReviewerApprovesOrFlagsTheCurrentVersionAndTheHistoryIsKept() {
        String instanceId = phones.sent(phone, formId, Visit.of("Tajoura"));
        String id = idOf(instanceId);

        JsonNode flagged = json(review(id, "{\"state\": \"has-issues\", \"note\": \"The size looks wrong\"}", officer));
        assertThat(flagged.get("reviewState").asString()).isEqualTo("has-issues");
        JsonNode approved = json(review(id, "{\"state\": \"approved\"}", officer));
        assertThat(approved.get("reviewState").asString()).isEqualTo("approved");
        assertThat(approved.get("reviews")).hasSize(2);
        assertThat(approved.get("reviews").get(0).get("state").asString()).isEqualTo("has-issues");
        assertThat(approved.get("reviews").get(0).get("note").asString()).isEqualTo("The size looks wrong");
        assertThat(approved.get("reviews").get(0).get("reviewedBy").asString()).isEqualTo(officer.username());
        assertThat(approved.get("reviews").get(1).get("state").asString()).isEqualTo("approved");

        assertThat(json(get("/submissions?reviewState=approved", officer.session()))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(json(get("/submissions?reviewState=received", officer.session()))
                        .get("total")
                        .asLong())
                .isZero();

        for (String body : List.of(
                "{\"state\": \"received\"}",
                "{\"state\": \"maybe\"}",
                "{}",
                "{\"state\": \"rejected\", \"note\": \"" + "x".repeat(2001) + "\"}")) {
            assertThat(review(id, body, officer))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/validation");
        }
        // a field user may not review, even their own submission; the refusal is audited
        assertThat(review(id, "{\"state\": \"approved\"}", enumerator)).hasStatus(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND outcome = 'DENIED'")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM collect_submission_review r JOIN collect_submission s"
                                + " ON s.id = r.submission WHERE s.instance_id = :i")
                        .param("i", instanceId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anEditIsTheRecordsNewVersionAndOnlyItIsListedAndReviewed() {
        String original = phones.sent(phone, formId, Visit.of("Tajoura"));
        String edit = phones.edited(phone, formId, original, Visit.of("Tajoura centre"));

        JsonNode current = json(get("/submissions", officer.session()));
        assertThat(instanceIds(current)).containsExactly(edit);
        assertThat(current.get("items").get(0).get("deprecatedId").asString()).isEqualTo(original);
        JsonNode all = json(get("/submissions?all=true", officer.session()));
        assertThat(instanceIds(all)).containsExactlyInAnyOrder(original, edit);
        // asked by its instanceID, the replaced one is still found
        JsonNode old = json(get("/submissions?instanceId=" + original, officer.session()));
        assertThat(old.get("items").get(0).get("current").asBoolean()).isFalse();

        String oldId = idOf(original);
        JsonNode detail = json(get("/submissions/" + oldId, officer.session()));
        assertThat(detail.get("versions")).hasSize(2);
        assertThat(detail.get("versions").get(0).get("instanceId").asString()).isEqualTo(edit);
        assertThat(detail.get("recordId").asString())
                .isEqualTo(detail.get("versions").get(0).get("recordId").asString());

        assertThat(review(oldId, "{\"state\": \"approved\"}", officer))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.submission-not-current");
        assertThat(review(idOf(edit), "{\"state\": \"approved\"}", officer)).hasStatusOk();
    }

    @Test
    void aFieldUserReadsOnlyTheSubmissionsTheySent() {
        User colleague = collect.user("DTM_ENUMERATOR");
        Phone colleaguePhone = collect.phone(colleague, "Tablet");
        String mine = phones.sent(phone, formId, Visit.of("Tajoura"));
        String theirs = phones.sent(colleaguePhone, formId, Visit.of("Zawiya"));

        JsonNode list = json(get("/submissions", enumerator.session()));
        assertThat(instanceIds(list)).containsExactly(mine);
        // even asked for by instanceID or by sender
        assertThat(json(get("/submissions?instanceId=" + theirs, enumerator.session()))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(json(get("/submissions?submitter=" + colleague.username(), enumerator.session()))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(get("/submissions/" + idOf(mine), enumerator.session())).hasStatusOk();

        String theirId = idOf(theirs);
        assertThat(get("/submissions/" + theirId, enumerator.session()))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.submission-forbidden");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND outcome = 'DENIED'")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(1));
    }

    @Test
    void whatIsUnknownIsNotFoundAndWhoHoldsNoCollectPermissionIsRefused() {
        phones.sent(phone, formId, Visit.of("Tajoura"));
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/no_such_form/submissions")
                        .cookie(officer.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.form-not-found");
        assertThat(get("/submissions/" + UUID.randomUUID(), officer.session()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.submission-not-found");
        assertThat(get("/submissions/not-an-id", officer.session())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/submissions?reviewState=maybe", officer.session())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/submissions?mappingState=maybe", officer.session())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/submissions?from=yesterday", officer.session())).hasStatus(HttpStatus.BAD_REQUEST);

        User viewer = collect.user("VIEWER");
        assertThat(get("/submissions", viewer.session())).hasStatus(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND outcome = 'DENIED'")
                                        .param("u", viewer.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(1));
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/{f}/submissions", formId)
                        .exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    // ---------------------------------------------------------------- helpers

    private MvcTestResult get(String path, Cookie session) {
        return mvc.get()
                .uri("/api/v1/collect/forms/" + formId + path)
                .cookie(session)
                .exchange();
    }

    private MvcTestResult review(String id, String body, User by) {
        return mvc.post()
                .uri("/api/v1/collect/forms/{f}/submissions/{id}/review", formId, id)
                .contentType("application/json")
                .content(body)
                .cookie(by.session())
                .with(csrf())
                .exchange();
    }

    private String idOf(String instanceId) {
        JsonNode found = json(get("/submissions?instanceId=" + instanceId, officer.session()));
        assertThat(found.get("items")).hasSize(1);
        return found.get("items").get(0).get("id").asString();
    }

    private JsonNode json(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return collect.json(result);
    }

    private static List<String> instanceIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("instanceId").asString()));
        return ids;
    }

    private static JsonNode answer(JsonNode submission, String path) {
        for (JsonNode answer : submission.get("answers")) {
            if (answer.get("path").asString().equals(path)) {
                return answer;
            }
        }
        throw new AssertionError("no answer " + path + " in " + submission);
    }
}
