package org.masar.collect.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.BindingTestSupport.Mapping;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
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
 * The binding page in both languages: the form's fields to map, a mapping refused with each error named on the page,
 * a binding saved, an unmapped submission listed with its reason and mapped again with a tap; refused without the
 * permission.
 */
@MasarIntegrationTest
class BindingPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    BindingTestSupport bindings;
    DtmTestSupport dtm;
    User officer;
    String formId;
    String link;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        bindings = new BindingTestSupport(mvc, jdbc, collect);
        dtm = new DtmTestSupport(mvc, json, jdbc);
        officer = collect.user("DTM_OFFICER");
        formId = uniqueFormId("bind_page");
        link = "/collect/forms/" + formId + "/binding";
        bindings.upload(officer, formId, BindingPageFixtures.assessmentForm(formId));
    }

    @Test
    void aManagerBindsTheFormOnItsPageAndARefusedMappingIsShownWithItsErrors() throws Exception {
        MvcTestResult english = page(link, "en");
        assertThat(english).hasStatusOk();
        assertThat(body(english))
                .contains("id=\"unbound\"")
                .contains("id=\"fields-table\"")
                .contains("${idps_ind}")
                .contains("in the repeat informants")
                .contains("DTM key-informant assessment");
        MvcTestResult arabic = page(link, "ar");
        assertThat(arabic).hasStatusOk();
        assertThat(body(arabic))
                .contains("dir=\"rtl\"")
                .contains("حقول النموذج")
                .contains("${baladiya}");

        MvcTestResult notJson = save("dtm-assessment", "{\"round\": ", "en");
        assertThat(notJson).hasStatusOk();
        assertThat(body(notJson)).contains("id=\"binding-problem\"").contains("not valid JSON");

        MvcTestResult unknownField = save("dtm-assessment", """
                {"round": {"value": "6f1c6f0e-8a43-4d52-9d55-5d1d8c1e2a10"}, "pcode": "${nowhere}",
                 "figures": {"idps.ind": "${idps_ind}"}}
                """, "ar");
        assertThat(unknownField).hasStatusOk();
        assertThat(body(unknownField))
                .contains("id=\"field-errors\"")
                .contains("mapping.pcode")
                .contains("ليس في النموذج حقل بهذا الاسم")
                // what was typed is kept to be corrected
                .contains("${nowhere}");
        assertThat(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult saved = save("dtm-assessment", BindingPageFixtures.ASSESSMENT_MAPPING, "en");
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(link);
        MvcTestResult bound = page(link, "en");
        assertThat(body(bound))
                .contains("id=\"bound\"")
                .contains("id=\"delete-binding\"")
                .contains("id=\"no-unmapped\"");

        MvcTestResult unbound = mvc.post()
                .uri(link + "/delete")
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(unbound).hasStatus(HttpStatus.FOUND);
        assertThat(body(page(link, "en"))).contains("id=\"unbound\"");
    }

    @Test
    void anUnmappedSubmissionIsListedWithItsReasonAndMappedAgainFromThePage() throws Exception {
        bindings.bound(
                officer,
                formId,
                "{\"target\": \"dtm-assessment\", \"mapping\": " + BindingPageFixtures.ASSESSMENT_MAPPING + "}");
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String round = dtm.round(DtmTestSupport.nextNumber());
        String sent = bindings.sent(phone, formId, null, BindingPageFixtures.assessment(round));
        Mapping kept = bindings.mapping(formId, sent);
        assertThat(kept.state()).isEqualTo("unmapped");

        MvcTestResult listed = page(link, "ar");
        assertThat(body(listed)).contains("id=\"unmapped-list\"").contains(sent).contains("dtm.version-not-open");

        dtm.post("/api/v1/dtm/rounds/" + round + "/collection", DtmTestSupport.OFFICER, null);
        MvcTestResult mapped = mvc.post()
                .uri(link + "/unmapped/" + kept.id() + "/map")
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(mapped).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(link);
        assertThat(bindings.mapping(formId, sent).state()).isEqualTo("mapped");
        assertThat(body(page(link, "en"))).contains("id=\"no-unmapped\"");

        // Tapping again (an old page): the refusal is shown on the page.
        MvcTestResult again = mvc.post()
                .uri(link + "/unmapped/" + kept.id() + "/map")
                .cookie(officer.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(again).hasStatusOk();
        assertThat(body(again)).contains("id=\"binding-problem\"").contains("Only an unmapped submission");
    }

    @Test
    void withoutManagingFormsThePageIsRefused() {
        User enumerator = collect.user("DTM_ENUMERATOR");
        assertThat(mvc.get().uri(link).cookie(enumerator.session()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(link)
                        .param("target", "dtm-assessment")
                        .param("mapping", BindingPageFixtures.ASSESSMENT_MAPPING)
                        .cookie(enumerator.session())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/collect/forms/no_such_form/binding")
                        .cookie(officer.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult save(String target, String mapping, String language) {
        return mvc.post()
                .uri(link)
                .param("target", target)
                .param("mapping", mapping)
                .cookie(officer.session())
                .header("Accept-Language", language)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult page(String uri, String language) {
        return mvc.get()
                .uri(uri)
                .cookie(officer.session())
                .header("Accept-Language", language)
                .exchange();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
