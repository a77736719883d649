package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Forms written for a binding's test (every question an input, with its bind type; one repeat at most), instances of
 * them sent through {@code /submission} as ODK Collect sends them, the binding API, and what a submission became.
 */
public final class BindingTestSupport {

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final CollectTestSupport collect;

    public BindingTestSupport(MockMvcTester mvc, JdbcClient jdbc, CollectTestSupport collect) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.collect = collect;
    }

    /** A question: its name and bind type ({@code string}, {@code int}, {@code date}…). */
    public record Question(String name, String type) {}

    public static Question q(String name, String type) {
        return new Question(name, type);
    }

    /**
     * An XForm with these questions at the top level and, when {@code repeat} is given, a repeat of that name holding
     * {@code inRepeat}.
     */
    public static byte[] xform(
            String formId, String version, List<Question> questions, @Nullable String repeat, List<Question> inRepeat) {
        StringBuilder instance = new StringBuilder();
        StringBuilder binds = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Question question : questions) {
            instance.append('<').append(question.name()).append("/>");
            binds.append("<bind nodeset=\"/data/")
                    .append(question.name())
                    .append("\" type=\"")
                    .append(question.type())
                    .append("\"/>");
            body.append("<input ref=\"/data/")
                    .append(question.name())
                    .append("\"><label>")
                    .append(question.name())
                    .append("</label></input>");
        }
        if (repeat != null) {
            instance.append('<').append(repeat).append(" jr:template=\"\">");
            body.append("<group ref=\"/data/")
                    .append(repeat)
                    .append("\"><label>")
                    .append(repeat)
                    .append("</label>");
            body.append("<repeat nodeset=\"/data/").append(repeat).append("\">");
            for (Question question : inRepeat) {
                instance.append('<').append(question.name()).append("/>");
                binds.append("<bind nodeset=\"/data/")
                        .append(repeat)
                        .append('/')
                        .append(question.name())
                        .append("\" type=\"")
                        .append(question.type())
                        .append("\"/>");
                body.append("<input ref=\"/data/")
                        .append(repeat)
                        .append('/')
                        .append(question.name())
                        .append("\"><label>")
                        .append(question.name())
                        .append("</label></input>");
            }
            instance.append("</").append(repeat).append('>');
            body.append("</repeat></group>");
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                        xmlns:jr="http://openrosa.org/javarosa">
                  <h:head>
                    <h:title>Binding test %s</h:title>
                    <model>
                      <instance>
                        <data id="%s" version="%s">%s<meta><instanceID/><deprecatedID/></meta></data>
                      </instance>
                      %s
                      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
                      <bind nodeset="/data/meta/deprecatedID" type="string"/>
                    </model>
                  </h:head>
                  <h:body>%s</h:body>
                </h:html>
                """.formatted(formId, formId, version, instance, binds, body);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads a form (it starts open: it names no media). */
    public void upload(User manager, String formId, byte[] xform) {
        assertThat(collect.upload(manager, formId + ".xml", xform)).hasStatus(HttpStatus.CREATED);
    }

    /** One instance's answers, in order, and its repeat's instances. */
    public static final class Answers {
        final Map<String, String> values = new LinkedHashMap<>();
        final List<Map<String, String>> repeated = new ArrayList<>();

        @Nullable
        String repeat;

        public Answers with(String name, String value) {
            values.put(name, value);
            return this;
        }

        public Answers repeat(String name, Map<String, String> instance) {
            repeat = name;
            repeated.add(new LinkedHashMap<>(instance));
            return this;
        }
    }

    public static Answers answers() {
        return new Answers();
    }

    public static String newInstanceId() {
        return "uuid:" + UUID.randomUUID();
    }

    /** The instance document ODK Collect would serialise. */
    public static String instance(
            String formId, String version, String instanceId, @Nullable String deprecatedId, Answers answers) {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' ?><data id=\"" + formId + "\" version=\"" + version
                + "\" xmlns:jr=\"http://openrosa.org/javarosa\">");
        answers.values.forEach((name, value) -> xml.append('<')
                .append(name)
                .append('>')
                .append(escape(value))
                .append("</")
                .append(name)
                .append('>'));
        for (Map<String, String> instance : answers.repeated) {
            xml.append('<').append(answers.repeat).append('>');
            instance.forEach((name, value) -> xml.append('<')
                    .append(name)
                    .append('>')
                    .append(escape(value))
                    .append("</")
                    .append(name)
                    .append('>'));
            xml.append("</").append(answers.repeat).append('>');
        }
        xml.append("<meta><instanceID>").append(instanceId).append("</instanceID>");
        if (deprecatedId != null) {
            xml.append("<deprecatedID>").append(deprecatedId).append("</deprecatedID>");
        }
        xml.append("</meta></data>");
        return xml.toString();
    }

    /** Sends an instance as ODK Collect does, with the phone's collect password; returns the answer. */
    public MvcTestResult send(Phone phone, String instanceXml) {
        return mvc.post()
                .uri("/submission")
                .multipart()
                .file(new MockMultipartFile(
                        "xml_submission_file",
                        "submission.xml",
                        "text/xml",
                        instanceXml.getBytes(StandardCharsets.UTF_8)))
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(
                        "10.78." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250)))
                .exchange();
    }

    /** Sends answers (a new instance, or an edit of {@code deprecatedId}), checks it was stored; its instanceID. */
    public String sent(Phone phone, String formId, @Nullable String deprecatedId, Answers answers) {
        String instanceId = newInstanceId();
        MvcTestResult result = send(phone, instance(formId, "1", instanceId, deprecatedId, answers));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return instanceId;
    }

    /** What a stored submission became: state, target, ref, reason, and its id. */
    public record Mapping(
            UUID id,
            @Nullable String state,
            @Nullable String target,
            @Nullable String ref,
            @Nullable String reason) {}

    public Mapping mapping(String formId, String instanceId) {
        return jdbc.sql("""
                        SELECT s.id, s.mapping_state, s.mapping_target, s.mapping_ref, s.mapping_reason
                          FROM collect_submission s JOIN collect_form f ON f.id = s.form
                         WHERE f.form_id = :form AND s.instance_id = :instance
                        """)
                .param("form", formId)
                .param("instance", instanceId)
                .query((rs, n) -> new Mapping(
                        rs.getObject("id", UUID.class),
                        rs.getString("mapping_state"),
                        rs.getString("mapping_target"),
                        rs.getString("mapping_ref"),
                        rs.getString("mapping_reason")))
                .single();
    }

    /** PUT the form's binding. */
    public MvcTestResult bind(User by, String formId, String bindingJson) {
        return mvc.put()
                .uri("/api/v1/collect/forms/{formId}/binding", formId)
                .cookie(by.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bindingJson)
                .exchange();
    }

    /** Binds and checks it was saved. */
    public void bound(User by, String formId, String bindingJson) {
        MvcTestResult result = bind(by, formId, bindingJson);
        assertThat(result).hasStatusOk();
    }

    public MvcTestResult get(User by, String uri, Object... variables) {
        return mvc.get()
                .uri(uri, variables)
                .cookie(by.session())
                .header("Accept-Language", "en")
                .exchange();
    }

    public MvcTestResult post(User by, String uri, Object... variables) {
        return mvc.post()
                .uri(uri, variables)
                .cookie(by.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
    }

    public MvcTestResult delete(User by, String uri, Object... variables) {
        return mvc.delete()
                .uri(uri, variables)
                .cookie(by.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
