package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker tries on the people pages and API beside them: a demoted account's old session, a form without its
 * CSRF token, htmx fragments without the permission or the scope, markup in fields, and what a candidate outside the
 * user's scope shows.
 */
@MasarIntegrationTest
class PeopleAttackPagesTests {

    static final String TRIPOLI = "LY021104";
    static final String WAZIN = "LY020906";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    String person(User user, String baladiya) {
        return people.register(user, """
                        {"givenName": {"lat": "Probe"}, "familyName": {"lat": "Person"}, "sex": "F", "baladiya": "%s",
                         "dateOfBirth": "1990-02-03", "phones": ["0912345678"],
                         "documents": [{"type": "passport", "number": "ZX998877", "issuingCountry": "TCD"}]}
                        """.formatted(baladiya)).get("id").asString();
    }

    @Test
    void aSessionStopsOpeningPeopleOnceItsRolesAreTakenAway() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id = person(caseworker, TRIPOLI);
        jdbc.sql("DELETE FROM access_user_role WHERE user_id = :id")
                .param("id", caseworker.id())
                .update();
        assertThat(people.get(caseworker, "/api/v1/people/{id}", id)
                        .getResponse()
                        .getStatus())
                .isIn(401, 403);
        assertThat(mvc.get()
                        .uri("/people/{id}", id)
                        .cookie(caseworker.session())
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isIn(401, 403, 302);
    }

    @Test
    void formsNeedTheirCsrfTokenAndFragmentsTheirPermissionAndScope() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        User viewer = people.user("VIEWER");
        String id = person(caseworker, TRIPOLI);
        MvcTestResult noCsrf = mvc.post()
                .uri("/people/{id}/records/consents", id)
                .cookie(caseworker.session())
                .param("purpose", "registration")
                .param("givenHow", "verbal")
                .exchange();
        assertThat(noCsrf).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/people/new/phones/1")
                        .cookie(viewer.session())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        for (String path : java.util.List.of(
                "/people/{id}/records/screenings",
                "/people/{id}/records/consents",
                "/people/{id}/records/household",
                "/people/{id}/records",
                "/people/{id}",
                "/people/{id}/photo")) {
            assertThat(mvc.get().uri(path, id).cookie(wazin.session()).exchange())
                    .as(path)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        for (String path : java.util.List.of(
                "/api/v1/people/{id}/history",
                "/api/v1/people/{id}/timeline",
                "/api/v1/people/{id}/screenings",
                "/api/v1/people/{id}/household",
                "/api/v1/people/{id}/merges")) {
            assertThat(people.get(wazin, path, id)).as(path).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void markupInAPhoneOrADocumentNumberIsRefusedOnTheApiAndOnTheForm() throws Exception {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        MvcTestResult result = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "Probe"}, "sex": "F", "phones": ["<img src=x onerror=alert(1)>0912345678"],
                 "documents": [{"type": "passport", "number": "<b>AB12</b>", "issuingCountry": "TCD"}]}
                """);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(result).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("phones[0]", "documents[0].number");
        assertThat(people.post(caseworker, "/api/v1/people", """
                        {"givenName": {"lat": "Probe"}, "sex": "F", "phones": ["+218 (91) 234-56.78", "٠٩٢٥٥٥١٢٣٤", "＋２１８ ９１ ２３４ ５６７８"],
                         "documents": [{"type": "passport", "number": "LBY/12-345.6", "issuingCountry": "LBY"}]}
                        """)).hasStatus(HttpStatus.CREATED);

        MvcTestResult form = mvc.post()
                .uri("/people/new")
                .cookie(caseworker.session())
                .with(csrf())
                .param("givenName.lat", "Probe")
                .param("sex", "F")
                .param("phones[0]", "0912345678<script>")
                .param("version", "0")
                .exchange();
        assertThat(form).hasStatus(HttpStatus.OK);
        assertThat(form.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("is-invalid")
                .doesNotContain("0912345678<script>");
    }

    @Test
    void latinNamesAndCodesInAnArabicReasonAreIsolatedFromTheArabicAroundThem() throws Exception {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        String family = "Ka" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        people.register(tripoli, """
                {"givenName": {"lat": "Musa"}, "familyName": {"lat": "%s"}, "sex": "M", "dateOfBirth": "1988-06-01",
                 "nationality": "SDN", "baladiya": "%s"}
                """.formatted(family, TRIPOLI));
        MvcTestResult result = mvc.post()
                .uri("/people/new/candidates?lang=ar")
                .cookie(tripoli.session())
                .with(csrf())
                .param("givenName.lat", "Musa")
                .param("familyName.lat", family)
                .param("sex", "M")
                .param("dateOfBirth", "1988-06-01")
                .param("nationality", "SDN")
                .param("version", "0")
                .exchange();
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("الجنسية نفسها (\u2068SDN\u2069)");
    }

    @Test
    void aCandidateOutsideTheScopeShowsOnlyWhatRecognisesThem() throws Exception {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        String there = person(wazin, WAZIN);
        MvcTestResult result = mvc.post()
                .uri("/people/new/candidates")
                .cookie(tripoli.session())
                .with(csrf())
                .param("givenName.lat", "Probe")
                .param("familyName.lat", "Person")
                .param("sex", "F")
                .param("dateOfBirth", "1990-02-03")
                .param("phones[0]", "0912345678")
                .param("documents[0].type", "PASSPORT")
                .param("documents[0].number", "ZX998877")
                .param("documents[0].issuingCountry", "TCD")
                .param("version", "0")
                .exchange();
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int at = html.indexOf("id=\"candidates\"");
        assertThat(at).isPositive();
        String candidates = html.substring(at);
        assertThat(candidates).contains(there.substring(0, 8));
        assertThat(candidates).doesNotContain("ZX998877", "0912345678", "1990-02-03", "Wazin", "وازن", "LY020906");
    }
}
