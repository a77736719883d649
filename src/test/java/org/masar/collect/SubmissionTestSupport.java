package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.basic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The review tests' form (a group, a select_multiple, a photo, a repeat; labels in English and Arabic) and a phone
 * that fills it in and sends it through {@code /submission} as ODK Collect does (multipart: {@code
 * xml_submission_file} and the photo).
 */
public final class SubmissionTestSupport {

    private final MockMvcTester mvc;
    private final CollectTestSupport collect;

    public SubmissionTestSupport(MockMvcTester mvc, CollectTestSupport collect) {
        this.mvc = mvc;
        this.collect = collect;
    }

    /** A member of a household, as the repeat holds them. */
    public record Member(String name, int age) {}

    /** What a phone answered. */
    public record Visit(
            String site, int size, String needs, @Nullable String photo, List<Member> members) {

        public static Visit of(String site) {
            return new Visit(site, 4, "food water", null, List.of(new Member("Amal", 30), new Member("Omar", 4)));
        }

        public Visit withPhoto(String filename) {
            return new Visit(site, size, needs, filename, members);
        }
    }

    /** Uploads the review form with this id (version 1) and returns its id. */
    public String form(User officer, String formId) {
        byte[] xml = new String(CollectTestSupport.resource("submission-review.xml"), StandardCharsets.UTF_8)
                .replace("FORM_ID", formId)
                .replace("FORM_VERSION", "1")
                .replace("FORM_TITLE", "Household visit " + formId)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(collect.upload(officer, "visit.xml", xml)).hasStatus(HttpStatus.CREATED);
        return formId;
    }

    public static String newInstanceId() {
        return "uuid:" + UUID.randomUUID();
    }

    /** The instance document a phone serialises. */
    public static String instance(String formId, String instanceId, @Nullable String deprecatedId, Visit visit) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' ?><visit id=\"" + formId + "\" version=\"1\">");
        xml.append("<site>").append(escape(visit.site())).append("</site>");
        xml.append("<household><size>").append(visit.size()).append("</size></household>");
        xml.append("<needs>").append(visit.needs()).append("</needs>");
        xml.append(visit.photo() == null ? "<photo/>" : "<photo>" + visit.photo() + "</photo>");
        for (Member member : visit.members()) {
            xml.append("<member><name>")
                    .append(escape(member.name()))
                    .append("</name><age>")
                    .append(member.age())
                    .append("</age></member>");
        }
        xml.append("<meta><instanceID>").append(instanceId).append("</instanceID>");
        if (deprecatedId != null) {
            xml.append("<deprecatedID>").append(deprecatedId).append("</deprecatedID>");
        }
        xml.append("</meta></visit>");
        return xml.toString();
    }

    /** Sends an instance (and files) as ODK Collect does; returns the answer. */
    public MvcTestResult send(Phone phone, String instanceXml, MockMultipartFile... files) {
        var request = mvc.post()
                .uri("/submission")
                .multipart()
                .file(new MockMultipartFile(
                        "xml_submission_file",
                        "submission.xml",
                        "text/xml",
                        instanceXml.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(
                        "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250)))
                .exchange();
    }

    /** Sends a visit and checks it was stored; returns its instanceID. */
    public String sent(Phone phone, String formId, Visit visit, MockMultipartFile... files) {
        String instanceId = newInstanceId();
        MvcTestResult answer = send(phone, instance(formId, instanceId, null, visit), files);
        assertThat(answer.getResponse().getStatus()).as(() -> body(answer)).isEqualTo(HttpStatus.CREATED.value());
        return instanceId;
    }

    /** Sends an edit of an instance; returns the new instanceID. */
    public String edited(Phone phone, String formId, String deprecatedId, Visit visit) {
        String instanceId = newInstanceId();
        MvcTestResult answer = send(phone, instance(formId, instanceId, deprecatedId, visit));
        assertThat(answer.getResponse().getStatus()).as(() -> body(answer)).isEqualTo(HttpStatus.CREATED.value());
        return instanceId;
    }

    public static MockMultipartFile photo(String filename, byte[] bytes) {
        return new MockMultipartFile(filename, filename, "image/jpeg", bytes);
    }

    public static List<String> lines(String csv) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
        return lines;
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
