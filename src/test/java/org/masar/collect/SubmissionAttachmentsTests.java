package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.basic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files a submission names (its photo answers): a row for each as soon as the instance arrives, the content when
 * the file does — in the same request, or in a later one as ODK Collect sends a submission larger than the server's
 * request size in several requests, each with the instance — stored once per content, and files the instance does not
 * name ignored.
 */
@MasarIntegrationTest
class SubmissionAttachmentsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    User officer;
    Phone phone;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        officer = collect.user("DTM_OFFICER");
        phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Tecno Spark");
    }

    @Test
    void aPhotoSentInALaterRequestCompletesTheSubmission() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("photos");
        assertThat(collect.upload(officer, "visit.xml", SubmissionIngestTests.household(formId, "1")))
                .hasStatus(HttpStatus.CREATED);
        String instanceId = SubmissionIngestTests.newInstanceId();
        String xml = withPhoto(formId, instanceId, "1700000000001.jpg");
        byte[] photo = "jpeg bytes of the site's entrance".getBytes(StandardCharsets.UTF_8);

        // the first request brings the instance only (and a file it does not name, which is ignored)
        assertThat(send(xml, file("other.jpg", new byte[] {9, 9}))).hasStatus(HttpStatus.CREATED);
        Map<String, Object> row = row(formId, instanceId);
        assertThat(row.get("attachments_expected")).isEqualTo(1);
        assertThat(row.get("attachments_present")).isEqualTo(0);
        List<Map<String, Object>> files = attachments(formId, instanceId);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("filename")).isEqualTo("1700000000001.jpg");
        assertThat(files.get(0).get("sha256")).isNull();

        // the second brings the instance again with its photo: a success that stores the photo
        MvcTestResult second = send(xml, file("1700000000001.jpg", photo));
        assertThat(second).hasStatus(HttpStatus.CREATED);
        assertThat(SubmissionIngestTests.xml(second).getDocumentElement().getTextContent())
                .contains("already received");
        row = row(formId, instanceId);
        assertThat(row.get("attachments_present")).isEqualTo(1);
        files = attachments(formId, instanceId);
        assertThat(files.get(0).get("size")).isEqualTo((long) photo.length);
        assertThat(files.get(0).get("content_type")).isEqualTo("image/jpeg");
        assertThat(files.get(0).get("sha256"))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(files.get(0).get("bytes")).isEqualTo(photo);

        // sent a third time, nothing changes; the same photo in another submission is stored once
        assertThat(send(xml, file("1700000000001.jpg", photo))).hasStatus(HttpStatus.CREATED);
        String another = SubmissionIngestTests.newInstanceId();
        assertThat(send(withPhoto(formId, another, "1700000000001.jpg"), file("1700000000001.jpg", photo)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(row(formId, another).get("attachments_present")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM collect_attachment_content WHERE sha256 = :sha")
                        .param("sha", MessageDigest.getInstance("SHA-256").digest(photo))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM collect_submission s JOIN collect_form f ON f.id = s.form
                         WHERE f.form_id = :formId
                        """).param("formId", formId).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void filesOfOneSubmissionAreStoredOncePerContentAndTheMissingOneCompletedLater() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("photos");
        byte[] form = new String(SubmissionIngestTests.household(formId, "1"), StandardCharsets.UTF_8)
                .replace("<photo/>", "<photo/><sketch/><voice/>")
                .replace(
                        "<bind nodeset=\"/data/photo\" type=\"binary\"/>",
                        "<bind nodeset=\"/data/photo\" type=\"binary\"/>"
                                + "<bind nodeset=\"/data/sketch\" type=\"binary\"/>"
                                + "<bind nodeset=\"/data/voice\" type=\"binary\"/>")
                .replace(
                        "<upload ref=\"/data/photo\" mediatype=\"image/*\"><label>Photo</label></upload>",
                        "<upload ref=\"/data/photo\" mediatype=\"image/*\"><label>Photo</label></upload>"
                                + "<upload ref=\"/data/sketch\" mediatype=\"image/*\"><label>Sketch</label></upload>"
                                + "<upload ref=\"/data/voice\" mediatype=\"audio/*\"><label>Voice</label></upload>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(collect.upload(officer, "visit.xml", form)).hasStatus(HttpStatus.CREATED);
        String instanceId = SubmissionIngestTests.newInstanceId();
        String xml = withPhoto(formId, instanceId, "a.jpg")
                .replace("</photo>", "</photo><sketch>b.jpg</sketch><voice>c.m4a</voice>");
        byte[] same = "the same picture under two names".getBytes(StandardCharsets.UTF_8);
        byte[] voice = "a recording".getBytes(StandardCharsets.UTF_8);

        // two of the three files come, with the same bytes under two names: rows for all three, the content once
        assertThat(send(xml, file("a.jpg", same), file("b.jpg", same))).hasStatus(HttpStatus.CREATED);
        assertThat(row(formId, instanceId).get("attachments_expected")).isEqualTo(3);
        assertThat(row(formId, instanceId).get("attachments_present")).isEqualTo(2);
        List<Map<String, Object>> files = attachments(formId, instanceId);
        assertThat(files).extracting(file -> file.get("filename")).containsExactly("a.jpg", "b.jpg", "c.m4a");
        assertThat(files.get(0).get("bytes")).isEqualTo(same);
        assertThat(files.get(1).get("bytes")).isEqualTo(same);
        assertThat(files.get(2).get("sha256")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM collect_attachment_content WHERE sha256 = :sha")
                        .param("sha", MessageDigest.getInstance("SHA-256").digest(same))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the third comes with the instance again
        assertThat(send(xml, file("c.m4a", voice))).hasStatus(HttpStatus.CREATED);
        assertThat(row(formId, instanceId).get("attachments_present")).isEqualTo(3);
        assertThat(attachments(formId, instanceId).get(2).get("bytes")).isEqualTo(voice);
    }

    @Test
    void anEditKeepsThePhotoOfTheVersionItReplacesWithoutItBeingSentAgain() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("photos");
        assertThat(collect.upload(officer, "visit.xml", SubmissionIngestTests.household(formId, "1")))
                .hasStatus(HttpStatus.CREATED);
        byte[] photo = "the photo of the first version".getBytes(StandardCharsets.UTF_8);
        String first = SubmissionIngestTests.newInstanceId();
        assertThat(send(withPhoto(formId, first, "kept.jpg"), file("kept.jpg", photo)))
                .hasStatus(HttpStatus.CREATED);
        String edit = SubmissionIngestTests.newInstanceId();
        String edited = withPhoto(formId, edit, "kept.jpg")
                .replace("</instanceID>", "</instanceID><deprecatedID>" + first + "</deprecatedID>");
        assertThat(send(edited)).hasStatus(HttpStatus.CREATED);
        assertThat(row(formId, edit).get("attachments_present")).isEqualTo(1);
        assertThat(attachments(formId, edit).get(0).get("bytes")).isEqualTo(photo);
    }

    @Test
    void aSubmissionWithoutPhotoExpectsNoFile() {
        String formId = CollectTestSupport.uniqueFormId("photos");
        assertThat(collect.upload(officer, "visit.xml", SubmissionIngestTests.household(formId, "1")))
                .hasStatus(HttpStatus.CREATED);
        String instanceId = SubmissionIngestTests.newInstanceId();
        assertThat(send(SubmissionIngestTests.instance(formId, "1", instanceId, null, "Ghat", 2)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(row(formId, instanceId).get("attachments_expected")).isEqualTo(0);
        assertThat(attachments(formId, instanceId)).isEmpty();
    }

    private static String withPhoto(String formId, String instanceId, String filename) {
        return SubmissionIngestTests.instance(formId, "1", instanceId, null, "Ghat", 3)
                .replace("<photo/>", "<photo>" + filename + "</photo>");
    }

    private static MockMultipartFile file(String filename, byte[] bytes) {
        return new MockMultipartFile(filename, filename, "image/jpeg", bytes);
    }

    private MvcTestResult send(String xml, MockMultipartFile... files) {
        var request = mvc.post()
                .uri("/submission")
                .multipart()
                .file(new MockMultipartFile(
                        "xml_submission_file", "submission.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(SubmissionIngestTests.address()))
                .exchange();
    }

    private Map<String, Object> row(String formId, String instanceId) {
        return jdbc.sql("""
                        SELECT s.* FROM collect_submission s JOIN collect_form f ON f.id = s.form
                         WHERE f.form_id = :formId AND s.instance_id = :instanceId
                        """)
                .param("formId", formId)
                .param("instanceId", instanceId)
                .query()
                .singleRow();
    }

    private List<Map<String, Object>> attachments(String formId, String instanceId) {
        return jdbc.sql("""
                        SELECT a.filename, a.size, a.content_type, a.sha256, c.bytes
                          FROM collect_submission_attachment a
                          JOIN collect_submission s ON s.id = a.submission
                          JOIN collect_form f ON f.id = s.form
                          LEFT JOIN collect_attachment_content c ON c.sha256 = a.sha256
                         WHERE f.form_id = :formId AND s.instance_id = :instanceId
                         ORDER BY a.filename
                        """)
                .param("formId", formId)
                .param("instanceId", instanceId)
                .query()
                .listOfRows();
    }
}
