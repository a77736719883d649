package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.collect.CollectTestSupport.media;
import static org.masar.collect.CollectTestSupport.simpleForm;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.internal.xlsform.XlsFormWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Form upload and management through the API: versions, conflicts, media missing and added later, JavaRosa's refusal,
 * permissions; and collect passwords with ODK Collect's settings.
 */
@MasarIntegrationTest
class FormsApiTests {

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

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        officer = collect.user("DTM_OFFICER");
    }

    @Test
    void aNewVersionIsAddedAndOldOnesKeptTheSameVersionWithOtherContentIsAConflict() {
        String formId = uniqueFormId("versions");
        assertThat(collect.upload(officer, "v1.xml", simpleForm(formId, "1", "First")))
                .hasStatus(HttpStatus.CREATED);
        // the same version and content again: nothing new
        assertThat(collect.upload(officer, "v1.xml", simpleForm(formId, "1", "First")))
                .hasStatus(HttpStatus.CREATED);
        MvcTestResult second = collect.upload(officer, "v2.xml", simpleForm(formId, "2", "Second"));
        assertThat(second).hasStatus(HttpStatus.CREATED);
        JsonNode form = collect.json(second);
        assertThat(form.get("title").asString()).isEqualTo("Second");
        assertThat(form.get("version").asString()).isEqualTo("2");
        assertThat(form.get("versions").size()).isEqualTo(2);
        assertThat(form.get("versions").get(1).get("version").asString()).isEqualTo("1");

        MvcTestResult conflict = collect.upload(officer, "v2.xml", simpleForm(formId, "2", "Changed"));
        assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
        assertThat(conflict).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.form-version-conflict");
        assertThat(jdbc.sql("SELECT count(*) FROM collect_form_version v JOIN collect_form f ON f.id = v.form"
                                + " WHERE f.form_id = :id")
                        .param("id", formId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'collect.form.uploaded' AND actor = :u")
                        .param("u", officer.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aFormLackingMediaStaysClosedUntilTheyAreUploaded() {
        byte[] form = new String(CollectTestSupport.resource("household.xml"), StandardCharsets.UTF_8)
                .replace("household_visit", uniqueFormId("media"))
                .getBytes(StandardCharsets.UTF_8);
        MvcTestResult uploaded = collect.upload(officer, "household.xml", form);
        assertThat(uploaded).hasStatus(HttpStatus.CREATED);
        JsonNode body = collect.json(uploaded);
        String formId = body.get("formId").asString();
        assertThat(body.get("state").asString()).isEqualTo("closed");
        assertThat(body.get("missingMedia").get(0).asString()).isEqualTo("site-map.png");

        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms?size=200")
                        .cookie(officer.session())
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[?(@.formId == '" + formId + "')].missingMedia[0]")
                .asArray()
                .containsExactly("site-map.png");

        MvcTestResult open = post("/api/v1/collect/forms/" + formId + "/open");
        assertThat(open).hasStatus(HttpStatus.CONFLICT);
        assertThat(open).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.form-media-missing");

        MvcTestResult unknown = mvc.post()
                .uri("/api/v1/collect/forms/" + formId + "/media")
                .multipart()
                .file(media("other.png", new byte[] {1, 2}))
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknown).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.form-media-unknown");

        assertThat(mvc.post()
                        .uri("/api/v1/collect/forms/" + formId + "/media")
                        .multipart()
                        .file(media("site-map.png", new byte[] {1, 2, 3}))
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.missingMedia")
                .asArray()
                .isEmpty();
        assertThat(post("/api/v1/collect/forms/" + formId + "/open"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("open");
    }

    @Test
    void aFormWithACsvChoiceListIsCheckedWithoutItsFileAndServedWithIt() {
        String formId = uniqueFormId("csv");
        byte[] form = new String(CollectTestSupport.resource("with-csv.xml"), StandardCharsets.UTF_8)
                .replace("FORM_ID", formId)
                .getBytes(StandardCharsets.UTF_8);
        MvcTestResult uploaded = collect.upload(officer, "places.xml", form);
        assertThat(uploaded).hasStatus(HttpStatus.CREATED);
        assertThat(collect.json(uploaded).get("missingMedia").get(0).asString()).isEqualTo("places.csv");
        assertThat(mvc.post()
                        .uri("/api/v1/collect/forms/" + formId + "/media")
                        .multipart()
                        .file(new MockMultipartFile(
                                "media", "places.csv", "text/csv", "name,label\nsabha,Sabha\n".getBytes()))
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatusOk();
        assertThat(post("/api/v1/collect/forms/" + formId + "/open")).hasStatusOk();
    }

    @Test
    void whatJavaRosaRefusesIsRefusedWithItsReasonAndNothingIsKept() {
        String formId = uniqueFormId("broken");
        byte[] broken = new String(simpleForm(formId, "1", "Broken"), StandardCharsets.UTF_8)
                .replace("type=\"string\"/>", "type=\"string\" relevant=\"/data/name = \"/>")
                .getBytes(StandardCharsets.UTF_8);
        MvcTestResult refused = collect.upload(officer, "broken.xml", broken);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.form-invalid");
        assertThat(collect.upload(officer, "x.xml", "<not-xml".getBytes()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.form-invalid");
        assertThat(collect.upload(officer, "notes.txt", "hello".getBytes()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.form-file-unsupported");
        assertThat(collect.upload(officer, "bad-id.xml", simpleForm("1 bad id", "1", "Bad")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.form-id-invalid");
        assertThat(jdbc.sql("SELECT count(*) FROM collect_form WHERE form_id = :id")
                        .param("id", formId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFormIsLimitedToUsersAndOfficesTogetherAndGivenBackToEveryone() {
        String formId = uniqueFormId("teams");
        assertThat(collect.upload(officer, "f.xml", simpleForm(formId, "1", "Teams")))
                .hasStatus(HttpStatus.CREATED);
        User named = collect.user("DTM_ENUMERATOR");
        UUID office = office();

        MvcTestResult limited =
                access(formId, "{\"limitedTo\": [\"" + named.id() + "\"], \"offices\": [\"" + office + "\"]}");
        assertThat(limited).hasStatusOk();
        JsonNode body = collect.json(limited);
        assertThat(body.get("limitedTo").get(0).asString()).isEqualTo(named.id().toString());
        assertThat(body.get("offices").get(0).asString()).isEqualTo(office.toString());
        JsonNode got = collect.json(mvc.get()
                .uri("/api/v1/collect/forms/" + formId)
                .cookie(officer.session())
                .exchange());
        assertThat(got.get("offices").size()).isEqualTo(1);

        // offices alone: the users named before are dropped
        JsonNode officesOnly = collect.json(access(formId, "{\"offices\": [\"" + office + "\"]}"));
        assertThat(officesOnly.get("limitedTo").size()).isZero();
        assertThat(officesOnly.get("offices").size()).isEqualTo(1);

        // an office that does not exist changes nothing
        assertThat(access(formId, "{\"offices\": [\"" + UUID.randomUUID() + "\"]}"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.office-not-found");
        assertThat(access(formId, "{\"offices\": [null]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("offices");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM collect_form_office o JOIN collect_form f ON f.id = o.form
                         WHERE f.form_id = :id
                        """).param("id", formId).query(Long.class).single()).isEqualTo(1);

        // both absent: everyone holding collect:submit, and no office is kept
        JsonNode everyone = collect.json(access(formId, "{}"));
        assertThat(everyone.get("limitedTo").isNull()).isTrue();
        assertThat(everyone.get("offices").isNull()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM collect_form_office o JOIN collect_form f ON f.id = o.form
                         WHERE f.form_id = :id
                        """).param("id", formId).query(Long.class).single()).isZero();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        SELECT count(*) FROM audit_entry
                                         WHERE action = 'collect.form.access-changed' AND subject_id = :id
                                        """)
                                .param("id", formId)
                                .query(Long.class)
                                .single())
                        .isEqualTo(3));
    }

    private MvcTestResult access(String formId, String body) {
        return mvc.put()
                .uri("/api/v1/collect/forms/" + formId + "/access")
                .contentType("application/json")
                .content(body)
                .cookie(officer.session())
                .with(csrf())
                .exchange();
    }

    /** A new office of a new organisation. */
    private UUID office() {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Collect partner', 'شريك الجمع', 'test', 'test')
                        """)
                .param("id", organisation)
                .param("code", "ORG-" + organisation.toString().substring(0, 8).toUpperCase())
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Ghat office', 'مكتب غات', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }

    @Test
    void onlyFormManagersUploadAndTheRefusalIsAudited() {
        User enumerator = collect.user("DTM_ENUMERATOR");
        assertThat(collect.upload(enumerator, "f.xml", simpleForm(uniqueFormId("denied"), "1", "Denied")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms")
                        .cookie(enumerator.session())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :u AND outcome = 'DENIED'")
                                        .param("u", enumerator.username())
                                        .query(Long.class)
                                        .single())
                        .isGreaterThanOrEqualTo(2));
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/no_such_form")
                        .cookie(officer.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.form-not-found");
    }

    @Test
    void aCollectPasswordIsShownOnceWithOdkCollectsSettings() throws Exception {
        User enumerator = collect.user("DTM_ENUMERATOR");
        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/collect-passwords")
                .contentType("application/json")
                .content("{\"name\": \"Phone of the Sabha team\"}")
                .cookie(enumerator.session())
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode body = collect.json(created);
        String password = body.get("password").asString();
        assertThat(password).hasSize(32);
        assertThat(body.get("qrCode").asString()).startsWith("data:image/svg+xml;base64,");
        byte[] deflated = Base64.getDecoder().decode(body.get("settings").asString());
        JsonNode settings;
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
            settings = json.readTree(in.readAllBytes());
        }
        assertThat(settings.get("general").get("server_url").asString()).isEqualTo("http://localhost");
        assertThat(settings.get("general").get("username").asString()).isEqualTo(enumerator.username());
        assertThat(settings.get("general").get("password").asString()).isEqualTo(password);
        assertThat(settings.has("admin")).isTrue();
        // stored hashed, never in clear
        assertThat(jdbc.sql("SELECT count(*) FROM collect_password WHERE password_hash LIKE :p OR digest_ha1 LIKE :p")
                        .param("p", "%" + password + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        MvcTestResult list = mvc.get()
                .uri("/api/v1/account/collect-passwords")
                .cookie(enumerator.session())
                .exchange();
        assertThat(list).hasStatusOk();
        JsonNode listed = collect.json(list).get(0);
        assertThat(listed.get("name").asString()).isEqualTo("Phone of the Sabha team");
        assertThat(listed.get("password").isNull()).isTrue();

        assertThat(mvc.post()
                        .uri("/api/v1/account/collect-passwords")
                        .contentType("application/json")
                        .content("{\"name\": \"  \"}")
                        .cookie(enumerator.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        // someone else's password cannot be revoked
        User other = collect.user("DTM_ENUMERATOR");
        assertThat(mvc.delete()
                        .uri("/api/v1/account/collect-passwords/"
                                + body.get("id").asString())
                        .cookie(other.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anXlsFormIsConvertedByMasarsConverterAndItsErrorsNameSheetAndRow() throws Exception {
        String formId = uniqueFormId("xls");
        byte[] workbook = XlsFormWorkbooks.xlsx("""
                | survey |
                |        | type          | name  | label::English (en) | label::العربية (ar) |
                |        | text          | site  | Site                | الموقع              |
                |        | select_one yn | idp   | IDPs present?       | هل يوجد نازحون؟     |
                | choices |
                |         | list_name | name | label::English (en) | label::العربية (ar) |
                |         | yn        | yes  | Yes                 | نعم                 |
                |         | yn        | no   | No                  | لا                  |
                | settings |
                |          | form_title    | form_id | version |
                |          | KI assessment | %s      | 7       |
                """.formatted(formId));
        MvcTestResult uploaded = collect.upload(officer, "ki.xlsx", workbook);
        assertThat(uploaded).hasStatus(HttpStatus.CREATED);
        JsonNode form = collect.json(uploaded);
        assertThat(form.get("formId").asString()).isEqualTo(formId);
        assertThat(form.get("title").asString()).isEqualTo("KI assessment");
        assertThat(form.get("versions").get(0).get("source").asString()).isEqualTo("xlsform");
        MvcTestResult xform = mvc.get()
                .uri("/api/v1/collect/forms/" + formId + "/versions/"
                        + form.get("versions").get(0).get("id").asString() + "/form.xml")
                .cookie(officer.session())
                .exchange();
        assertThat(xform).hasStatusOk();
        assertThat(xform.getResponse().getContentType()).startsWith("application/xml");
        assertThat(xform.getResponse().getContentAsByteArray())
                .contains("<h:title>KI assessment</h:title>".getBytes(StandardCharsets.UTF_8));

        byte[] broken = XlsFormWorkbooks.xlsx("""
                | survey |
                |        | type          | name  | label |
                |        | select_one no | idp   | IDPs  |
                """);
        MvcTestResult refused = collect.upload(officer, "broken.xlsx", broken);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("/problems/collect.xlsform-invalid");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].sheet").isEqualTo("survey");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].row").isEqualTo(2);
    }

    private MvcTestResult post(String uri) {
        return mvc.post().uri(uri).cookie(officer.session()).with(csrf()).exchange();
    }
}
