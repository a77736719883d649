package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: a person's page offers "Record a service", whose form comes with the person filled in (in Arabic, right
 * to left); the service recorded through it is listed on the person's services; a wrong form comes back with its
 * errors and nothing written; group activities are recorded from their page.
 */
@MasarIntegrationTest
class ServicePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    ReferralsTestSupport support;
    User caseworker;
    String today;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        today = LocalDate.now(ZoneId.of("Africa/Tripoli")).toString();
    }

    @Test
    void aServiceIsRecordedFromThePersonsPageAndListed() {
        String person = support.person(caseworker, "Nour");
        assertThat(page("/people/" + person + "?lang=en")).contains("/assistance/services/new?person=" + person);

        String form = page("/assistance/services/new?person=" + person + "&lang=ar");
        assertThat(form)
                .contains("dir=\"rtl\"")
                .contains("id=\"service-form\"")
                .contains("أمل")
                .contains(person);

        long before = services();
        MvcTestResult wrong = post("/assistance/services", "person", person, "type", "", "deliveredOn", today);
        assertThat(wrong).hasStatusOk();
        assertThat(body(wrong)).contains("is-invalid");
        assertThat(services()).isEqualTo(before);

        MvcTestResult recorded = post(
                "/assistance/services",
                "person",
                person,
                "type",
                "food",
                "quantity",
                "1",
                "unit",
                "basket",
                "baladiya",
                ReferralsTestSupport.TRIPOLI,
                "deliveredOn",
                today,
                "programme",
                "MRRM",
                "project",
                "MRRM-26");
        assertThat(recorded).hasStatus(HttpStatus.FOUND);
        assertThat(services()).isEqualTo(before + 1);
        assertThat(page("/assistance/services?person=" + person + "&lang=en"))
                .contains("service-item")
                .contains("Food")
                .contains("MRRM-26")
                .contains("void-form");

        // Voided from the list: without a reason nothing changes, with one it stays listed, marked, with its reason.
        String id = jdbc.sql("SELECT id::text FROM assistance_service WHERE person_id = CAST(:p AS uuid)")
                .param("p", person)
                .query(String.class)
                .single();
        assertThat(post("/assistance/services/" + id + "/void", "reason", " ")).hasStatus(HttpStatus.FOUND);
        assertThat(page("/assistance/services?person=" + person + "&lang=en")).doesNotContain("Wrong person");
        assertThat(post("/assistance/services/" + id + "/void", "reason", "Wrong person"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(page("/assistance/services?person=" + person + "&lang=en"))
                .contains("data-voided=\"true\"")
                .contains("Wrong person")
                .doesNotContain("void-form");
    }

    @Test
    void anActivityIsRecordedFromItsPage() {
        assertThat(page("/assistance/activities?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("activity-form");
        MvcTestResult recorded = post(
                "/assistance/activities",
                "kind",
                "awareness-session",
                "topic",
                "Safe migration",
                "baladiya",
                ReferralsTestSupport.TRIPOLI,
                "heldOn",
                today,
                "programme",
                "MRRM",
                "women",
                "4",
                "men",
                "6",
                "girls",
                "0",
                "boys",
                "1");
        assertThat(recorded).hasStatus(HttpStatus.FOUND);
        assertThat(page("/assistance/activities?lang=en"))
                .contains("Safe migration")
                .contains("11 participants");
        MvcTestResult wrong = post("/assistance/activities", "kind", "awareness-session", "women", "-1");
        assertThat(wrong).hasStatusOk();
        assertThat(body(wrong)).contains("is-invalid");
    }

    private long services() {
        return jdbc.sql("SELECT count(*) FROM assistance_service")
                .query(Long.class)
                .single();
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).cookie(caseworker.session()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(caseworker.session()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
