package org.masar.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.simpleForm;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The pages: forms list, upload, a form's page with its steps, and a field user's collect passwords, in both languages. */
@MasarIntegrationTest
class CollectPagesTests {

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
    void aManagerUploadsOnThePageThenClosesAndLimitsTheForm() throws Exception {
        String formId = uniqueFormId("page");
        MvcTestResult uploaded = mvc.post()
                .uri("/collect/forms/upload")
                .multipart()
                .file(new MockMultipartFile("file", "f.xml", "text/xml", simpleForm(formId, "3", "Page form")))
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(uploaded).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/collect/forms/" + formId);

        MvcTestResult list = page("/collect/forms", officer.session(), "en");
        assertThat(list).hasStatusOk();
        assertThat(body(list)).contains(formId).contains("Page form");

        MvcTestResult refused = mvc.post()
                .uri("/collect/forms/upload")
                .multipart()
                .file(new MockMultipartFile("file", "f.xml", "text/xml", "<broken".getBytes()))
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("id=\"upload-problem\"");

        User field = collect.user("DTM_ENUMERATOR");
        collect.phone(field, "Phone");
        UUID office = office();
        MvcTestResult form = page("/collect/forms/" + formId, officer.session(), "ar");
        assertThat(form).hasStatusOk();
        assertThat(body(form))
                .contains("dir=\"rtl\"")
                .contains(field.username())
                .contains("id=\"close-form\"");

        assertThat(body(form)).contains("مكتب الجفرة").contains("id=\"access-offices\"");
        assertThat(mvc.post()
                        .uri("/collect/forms/" + formId + "/access")
                        .param("who", "named")
                        .param("users", field.id().toString())
                        .param("offices", office.toString(), "not-an-id")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("""
                        SELECT o.office FROM collect_form_office o JOIN collect_form f ON f.id = o.form
                         WHERE f.form_id = :id
                        """).param("id", formId).query(UUID.class).list()).containsExactly(office);
        MvcTestResult english = page("/collect/forms/" + formId, officer.session(), "en");
        assertThat(body(english)).contains("Jufra office").containsPattern("value=\"" + office + "\"[^>]*checked");
        assertThat(mvc.post()
                        .uri("/collect/forms/" + formId + "/close")
                        .cookie(officer.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT state || ':' || limited FROM collect_form WHERE form_id = :id")
                        .param("id", formId)
                        .query(String.class)
                        .single())
                .isEqualTo("closed:true");
        assertThat(body(page("/collect/forms", officer.session(), "en"))).contains("Named users and offices only");
    }

    /** A new active office of a new organisation. */
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
                        VALUES (:id, :organisation, :code, 'Jufra office', 'مكتب الجفرة', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }

    @Test
    void aFieldUserCreatesAPasswordSeenOnceWithItsQrCodeAndRevokesIt() throws Exception {
        User field = collect.user("DTM_ENUMERATOR");
        // Their account page leads there; an account that may not collect is not offered it.
        assertThat(body(page("/account", field.session(), "en"))).contains("href=\"/collect/passwords\"");
        assertThat(body(page("/account", collect.user("LOGISTICS_OFFICER").session(), "en")))
                .doesNotContain("collect-passwords-link");
        MvcTestResult created = mvc.post()
                .uri("/collect/passwords")
                .param("name", "Tablet of the Kufra team")
                .cookie(field.session())
                .with(csrf())
                .exchange();
        assertThat(created).hasStatusOk();
        assertThat(body(created)).contains("id=\"settings-qr\"").contains("data:image/svg+xml;base64,");
        MvcTestResult list = page("/collect/passwords", field.session(), "ar");
        assertThat(body(list)).contains("Tablet of the Kufra team").contains("dir=\"rtl\"");
        String id = jdbc.sql("SELECT id::text FROM collect_password WHERE user_id = :u")
                .param("u", field.id())
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/collect/passwords/" + id + "/revoke")
                        .cookie(field.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT revoked_at IS NOT NULL FROM collect_password WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // a field user does not manage forms
        assertThat(page("/collect/forms", field.session(), "en")).hasStatus(HttpStatus.FORBIDDEN);
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
