package org.masar.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.collect.CollectTestSupport.basic;
import static org.masar.collect.CollectTestSupport.path;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;
import org.jspecify.annotations.Nullable;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /submission} as ODK Collect drives it: the preflight, a form JavaRosa loaded from the form list and filled in,
 * its instance posted as multipart and stored once however often it is re-sent, other content under the same
 * instanceID refused, and every refusal answered as an {@code OpenRosaResponse}.
 */
@MasarIntegrationTest
class SubmissionIngestTests {

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
    User enumerator;
    Phone phone;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        officer = collect.user("DTM_OFFICER");
        enumerator = collect.user("DTM_ENUMERATOR");
        phone = collect.phone(enumerator, "Samsung A14");
    }

    @Test
    void thePreflightNamesTheLargestRequestAndAnswersWithoutCredentialsWithAChallenge() {
        MvcTestResult head = mvc.head()
                .uri("/submission")
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(address()))
                .exchange();
        assertThat(head)
                .hasStatus(HttpStatus.NO_CONTENT)
                .hasHeader("X-OpenRosa-Version", "1.0")
                .hasHeader("X-OpenRosa-Accept-Content-Length", Long.toString(10L * 1024 * 1024));

        MvcTestResult anonymous = mvc.head()
                .uri("/submission")
                .header("X-OpenRosa-Version", "1.0")
                .with(CollectTestSupport.from(address()))
                .exchange();
        assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getResponse().getHeaders("WWW-Authenticate"))
                .anyMatch(h -> h.startsWith("Digest "))
                .anyMatch(h -> h.startsWith("Basic "));

        MvcTestResult wrong =
                send(phone.username(), "not-the-password", instance("any_form", "1", newInstanceId(), null, "x", 1));
        assertThat(wrong).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getResponse().getHeaders("WWW-Authenticate")).anyMatch(h -> h.startsWith("Digest "));
    }

    @Test
    void aFormJavaRosaFilledIsStoredOnceHoweverOftenItIsResent() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("visit");
        upload(formId, "3");
        FormDef form = downloaded(formId);
        String xml = fill(form, "Sabha, Al Jadid", 6);
        String instanceId = instanceIdOf(xml);

        MvcTestResult sent = send(phone, xml);
        assertThat(sent).hasStatus(HttpStatus.CREATED).hasHeader("X-OpenRosa-Version", "1.0");
        assertThat(sent.getResponse().getContentType()).startsWith("text/xml");
        Document answer = xml(sent);
        assertThat(answer.getDocumentElement().getLocalName()).isEqualTo("OpenRosaResponse");
        assertThat(answer.getDocumentElement().getNamespaceURI()).isEqualTo("http://openrosa.org/http/response");
        assertThat(answer.getDocumentElement().getTextContent()).contains("Submission received");

        Map<String, Object> row = row(formId, instanceId);
        assertThat(row.get("submitter")).isEqualTo(enumerator.username());
        assertThat(row.get("submitted_by")).isEqualTo(enumerator.id());
        assertThat(row.get("collect_password")).isEqualTo(phone.passwordId());
        assertThat(row.get("current")).isEqualTo(true);
        assertThat(row.get("xml")).isEqualTo(xml);
        assertThat(row.get("review_state")).isEqualTo("received");
        assertThat(row.get("mapping_state")).isNull();
        assertThat(row.get("device_id")).isEqualTo("collect:phone-1");

        // the connection dropped before the phone read the answer: it sends the same instance again
        assertThat(send(phone, xml)).hasStatus(HttpStatus.CREATED);
        assertThat(count(formId)).isEqualTo(1);

        // other content under the same instanceID is a conflict, and the stored row is unchanged
        String other = xml.replace("Sabha, Al Jadid", "Ubari");
        MvcTestResult conflict = send(phone, other);
        assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
        assertThat(xml(conflict).getDocumentElement().getTextContent()).contains(instanceId);
        assertThat(row(formId, instanceId).get("xml")).isEqualTo(xml);
        assertThat(count(formId)).isEqualTo(1);
    }

    @Test
    void anEditIsANewRowOfTheSameRecordAndTheOldOneStopsBeingCurrent() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("visit");
        upload(formId, "1");
        String first = newInstanceId();
        assertThat(send(phone, instance(formId, "1", first, null, "Sabha", 4))).hasStatus(HttpStatus.CREATED);
        String second = newInstanceId();
        String edit = instance(formId, "1", second, first, "Sabha, Al Jadid", 5);
        assertThat(send(phone, edit)).hasStatus(HttpStatus.CREATED);
        // the edit re-sent is a success, not a second edit
        assertThat(send(phone, edit)).hasStatus(HttpStatus.CREATED);

        Map<String, Object> old = row(formId, first);
        Map<String, Object> now = row(formId, second);
        assertThat(old.get("current")).isEqualTo(false);
        assertThat(now.get("current")).isEqualTo(true);
        assertThat(now.get("record_id")).isEqualTo(old.get("record_id"));
        assertThat(now.get("deprecated_id")).isEqualTo(first);
        assertThat(count(formId)).isEqualTo(2);

        // the first version sent again unchanged: it is out of date
        assertThat(send(phone, instance(formId, "1", first, null, "Sabha", 4))).hasStatus(HttpStatus.CONFLICT);
        // editing the old version again: it was already edited
        MvcTestResult stale = send(phone, instance(formId, "1", newInstanceId(), first, "Ubari", 1));
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        // editing what was never received
        MvcTestResult unknown =
                send(phone, instance(formId, "1", newInstanceId(), "uuid:" + UUID.randomUUID(), "x", 1));
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(count(formId)).isEqualTo(2);
    }

    @Test
    void whatCannotBeStoredIsAnsweredAsOpenRosaAndNothingIsKept() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("visit");
        upload(formId, "1");

        MvcTestResult unknownForm = send(phone, instance("no_such_form", "1", newInstanceId(), null, "x", 1));
        assertThat(unknownForm).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(xml(unknownForm).getDocumentElement().getTextContent()).contains("no_such_form");

        MvcTestResult unknownVersion = send(phone, instance(formId, "9", newInstanceId(), null, "x", 1));
        assertThat(unknownVersion).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult broken = send(phone, "<data id=\"" + formId + "\" version=\"1\"><site>unclosed</data>");
        assertThat(broken).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(xml(broken).getDocumentElement().getLocalName()).isEqualTo("OpenRosaResponse");

        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + instance(formId, "1", newInstanceId(), null, "&x;", 1).substring("<?xml version='1.0' ?>".length());
        assertThat(send(phone, doctype)).hasStatus(HttpStatus.BAD_REQUEST);

        MvcTestResult noInstanceId = send(phone, "<data id=\"" + formId + "\" version=\"1\"><site>x</site></data>");
        assertThat(noInstanceId).hasStatus(HttpStatus.BAD_REQUEST);

        MvcTestResult noXml = mvc.post()
                .uri("/submission")
                .multipart()
                .file(new MockMultipartFile("photo.jpg", "photo.jpg", "image/jpeg", new byte[] {1, 2, 3}))
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(address()))
                .exchange();
        assertThat(noXml).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(xml(noXml).getDocumentElement().getTextContent()).contains("xml_submission_file");

        assertThat(count(formId)).isZero();
    }

    @Test
    void aClosedFormAndAFormLimitedToOthersRefuseTheSubmissionAndTheRefusalIsAudited() throws Exception {
        String closed = CollectTestSupport.uniqueFormId("closed");
        upload(closed, "1");
        assertThat(
                        mvc.post()
                                .uri("/api/v1/collect/forms/" + closed + "/close")
                                .cookie(officer.session())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .exchange())
                .hasStatusOk();
        MvcTestResult refused = send(phone, instance(closed, "1", newInstanceId(), null, "x", 1));
        assertThat(refused).hasStatus(HttpStatus.CONFLICT);
        assertThat(xml(refused).getDocumentElement().getTextContent()).contains("closed");

        String limited = CollectTestSupport.uniqueFormId("limited");
        upload(limited, "1");
        User other = collect.user("DTM_ENUMERATOR");
        assertThat(
                        mvc.put()
                                .uri("/api/v1/collect/forms/" + limited + "/access")
                                .contentType("application/json")
                                .content("{\"limitedTo\": [\"" + other.id() + "\"]}")
                                .cookie(officer.session())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .exchange())
                .hasStatusOk();
        MvcTestResult denied = send(phone, instance(limited, "1", newInstanceId(), null, "x", 1));
        assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(xml(denied).getDocumentElement().getLocalName()).isEqualTo("OpenRosaResponse");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        SELECT count(*) FROM audit_entry
                                         WHERE action = 'collect.submission.denied' AND subject_id = :form
                                           AND actor = :actor AND outcome = 'DENIED'
                                        """)
                                .param("form", limited)
                                .param("actor", enumerator.username())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        // the user it is limited to may send
        Phone theirs = collect.phone(other, "Their phone");
        assertThat(send(theirs, instance(limited, "1", newInstanceId(), null, "x", 1)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(count(closed)).isZero();
        assertThat(count(limited)).isEqualTo(1);
    }

    @Test
    void aSubmissionItsBoundTargetCannotTakeIsKeptWithTheReason() {
        String formId = CollectTestSupport.uniqueFormId("bound");
        upload(formId, "1");
        // a binding whose mapping names nothing the target can use: the target refuses, the submission stays
        jdbc.sql("""
                        INSERT INTO collect_binding (form, target, mapping, updated_by, updated_at)
                        SELECT id, 'dtm-flow-survey', '{}'::jsonb, 'test', now() FROM collect_form WHERE form_id = :formId
                        """).param("formId", formId).update();
        String instanceId = newInstanceId();
        assertThat(send(phone, instance(formId, "1", instanceId, null, "Sabha", 2)))
                .hasStatus(HttpStatus.CREATED);
        Map<String, Object> row = row(formId, instanceId);
        assertThat(row.get("mapping_state")).isEqualTo("unmapped");
        assertThat(row.get("mapping_target")).isEqualTo("dtm-flow-survey");
        assertThat((String) row.get("mapping_reason")).isNotBlank();
        assertThat(row.get("current")).isEqualTo(true);
    }

    @Test
    void aPhoneSignedInWithDigestSendsAndIsAnsweredInItsLanguage() throws Exception {
        String formId = CollectTestSupport.uniqueFormId("digest");
        upload(formId, "1");
        String address = address();
        MvcTestResult challenge = mvc.head()
                .uri("/submission")
                .with(CollectTestSupport.from(address))
                .exchange();
        String header = challenge.getResponse().getHeaders("WWW-Authenticate").stream()
                .filter(h -> h.startsWith("Digest "))
                .findFirst()
                .orElseThrow();
        String nonce = header.replaceAll(".*nonce=\"([^\"]+)\".*", "$1");
        String authorization = CollectTestSupport.digest(
                phone.username(), phone.password(), "Masar", nonce, "POST", "/submission", "00000001");
        String instanceId = newInstanceId();
        MvcTestResult sent = mvc.post()
                .uri("/submission")
                .multipart()
                .file(new MockMultipartFile(
                        "xml_submission_file",
                        "submission.xml",
                        "text/xml",
                        instance(formId, "1", instanceId, null, "Ghat", 3).getBytes(StandardCharsets.UTF_8)))
                .header("X-OpenRosa-Version", "1.0")
                .header("Accept-Language", "ar")
                .header("Authorization", authorization)
                .with(CollectTestSupport.from(address))
                .exchange();
        assertThat(sent).hasStatus(HttpStatus.CREATED);
        assertThat(xml(sent).getDocumentElement().getTextContent()).contains("استُلم الإرسال");
        assertThat(row(formId, instanceId).get("collect_password")).isEqualTo(phone.passwordId());
    }

    // ---------------------------------------------------------------- the phone's side

    private void upload(String formId, String version) {
        assertThat(collect.upload(officer, "visit.xml", household(formId, version)))
                .hasStatus(HttpStatus.CREATED);
    }

    /** The household form of the resources under another id and version (no media, so it opens at once). */
    static byte[] household(String formId, String version) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                        xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
                  <h:head>
                    <h:title>Household visit</h:title>
                    <model>
                      <instance>
                        <data id="FORM_ID" version="FORM_VERSION">
                          <site/>
                          <members/>
                          <photo/>
                          <meta><instanceID/><deviceID/></meta>
                        </data>
                      </instance>
                      <bind nodeset="/data/site" type="string" required="true()"/>
                      <bind nodeset="/data/members" type="int" constraint=". &gt; 0"/>
                      <bind nodeset="/data/photo" type="binary"/>
                      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
                      <bind nodeset="/data/meta/deviceID" type="string" readonly="true()" jr:preload="property"
                            jr:preloadParams="deviceid"/>
                    </model>
                  </h:head>
                  <h:body>
                    <input ref="/data/site"><label>Site</label></input>
                    <input ref="/data/members"><label>Members</label></input>
                    <upload ref="/data/photo" mediatype="image/*"><label>Photo</label></upload>
                  </h:body>
                </h:html>
                """).replace("FORM_ID", formId).replace("FORM_VERSION", version).getBytes(StandardCharsets.UTF_8);
    }

    private FormDef downloaded(String formId) throws Exception {
        MvcTestResult list = mvc.get()
                .uri("/formList")
                .param("formID", formId)
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(address()))
                .exchange();
        assertThat(list).hasStatusOk();
        Element xform = (Element) xml(list).getElementsByTagNameNS("*", "xform").item(0);
        String url = xform.getElementsByTagNameNS("*", "downloadUrl").item(0).getTextContent();
        MvcTestResult download = mvc.get()
                .uri(path(url))
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(CollectTestSupport.from(address()))
                .exchange();
        assertThat(download).hasStatusOk();
        return XFormUtils.getFormFromInputStream(
                new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
    }

    /** Fills the form in JavaRosa as ODK Collect does and serialises the instance it would send. */
    static String fill(FormDef form, String site, int members) throws Exception {
        PropertyManager.setPropertyManager(new PhoneProperties());
        form.initialize(true, new InstanceInitializationFactory());
        FormEntryController entry = new FormEntryController(new FormEntryModel(form));
        assertThat(entry.stepToNextEvent()).isEqualTo(FormEntryController.EVENT_QUESTION);
        assertThat(entry.answerQuestion(new StringData(site), true)).isEqualTo(FormEntryController.ANSWER_OK);
        assertThat(entry.stepToNextEvent()).isEqualTo(FormEntryController.EVENT_QUESTION);
        assertThat(entry.answerQuestion(new IntegerData(members), true)).isEqualTo(FormEntryController.ANSWER_OK);
        form.postProcessInstance();
        return new String(new XFormSerializingVisitor().serializeInstance(form.getInstance()), StandardCharsets.UTF_8);
    }

    /** The properties ODK Collect gives JavaRosa's preloads (deviceid, username). */
    static final class PhoneProperties implements IPropertyManager {
        @Override
        public List<String> getProperty(String name) {
            String value = getSingularProperty(name);
            return value == null ? List.of() : List.of(value);
        }

        @Override
        public void setProperty(String name, String value) {}

        @Override
        public void setProperty(String name, List<String> values) {}

        @Override
        public @Nullable String getSingularProperty(String name) {
            return switch (name) {
                case "deviceid" -> "collect:phone-1";
                case "username" -> "enumerator";
                default -> null;
            };
        }

        @Override
        public void addRules(IPropertyRules rules) {}

        @Override
        public List<IPropertyRules> getRules() {
            return List.of();
        }
    }

    static String instanceIdOf(String xml) {
        int start = xml.indexOf("<instanceID>") + "<instanceID>".length();
        return xml.substring(start, xml.indexOf("</instanceID>"));
    }

    static String newInstanceId() {
        return "uuid:" + UUID.randomUUID();
    }

    /** A hand-written instance of the household form. */
    static String instance(
            String formId, String version, String instanceId, @Nullable String deprecatedId, String site, int members) {
        return "<?xml version='1.0' ?><data id=\"" + formId + "\" version=\"" + version + "\"><site>" + site
                + "</site><members>" + members + "</members><photo/><meta><instanceID>" + instanceId
                + "</instanceID>" + (deprecatedId == null ? "" : "<deprecatedID>" + deprecatedId + "</deprecatedID>")
                + "</meta></data>";
    }

    private MvcTestResult send(Phone phone, String xml, MockMultipartFile... files) {
        return send(phone.username(), phone.password(), xml, files);
    }

    private MvcTestResult send(String username, String password, String xml, MockMultipartFile... files) {
        var request = mvc.post()
                .uri("/submission?deviceID=collect:phone-1")
                .multipart()
                .file(new MockMultipartFile(
                        "xml_submission_file", "submission.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(username, password))
                .with(CollectTestSupport.from(address()))
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

    private long count(String formId) {
        return jdbc.sql("""
                        SELECT count(*) FROM collect_submission s JOIN collect_form f ON f.id = s.form
                         WHERE f.form_id = :formId
                        """).param("formId", formId).query(Long.class).single();
    }

    static Document xml(MvcTestResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    static String address() {
        return "10.61." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
