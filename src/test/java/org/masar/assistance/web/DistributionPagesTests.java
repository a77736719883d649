package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.UniqueLetters;
import org.masar.assistance.DistributionsTestSupport;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributions' pages, in Arabic (right to left) and English: a plan made through the form (a wrong one comes
 * back with its errors, nothing written), the distribution's page with its list, people added from a search, an import
 * with rows in error shown and nothing imported, opened (the hand-over page linked), closed with the reconciliation.
 */
@MasarIntegrationTest
class DistributionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    DistributionsTestSupport support;
    ReferralsTestSupport people;
    User manager;
    User caseworker;
    UUID warehouse;

    @BeforeEach
    void setUp() {
        support = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        people = support.people;
        manager = people.user("PROGRAMME_MANAGER");
        caseworker = people.user("CASEWORKER");
        warehouse = support.warehouse("blanket", 10);
    }

    private long distributions() {
        return jdbc.sql("SELECT count(*) FROM assistance_distribution")
                .query(Long.class)
                .single();
    }

    @Test
    void aDistributionIsPlannedFilledOpenedAndClosedFromItsPages() {
        assertThat(page(manager, "/assistance/distributions/new?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("id=\"plan-form\"")
                .contains("حقيبة النظافة الشخصية");
        long before = distributions();
        MvcTestResult wrong = post(manager, "/assistance/distributions", "name", "", "what", "item:blanket");
        assertThat(wrong).hasStatusOk();
        assertThat(body(wrong)).contains("is-invalid");
        assertThat(distributions()).isEqualTo(before);

        String unique = "Blankets " + UUID.randomUUID().toString().substring(0, 6);
        MvcTestResult planned = post(
                manager,
                "/assistance/distributions",
                "name",
                unique,
                "baladiya",
                ReferralsTestSupport.TRIPOLI,
                "plannedOn",
                LocalDate.now(ZoneId.of("Africa/Tripoli")).toString(),
                "warehouse",
                warehouse.toString(),
                "serviceType",
                "nfi",
                "what",
                "item:blanket",
                "quantity",
                "2",
                "targeting",
                "Families arrived this month",
                "programme",
                "SHELTER_NFI");
        assertThat(planned).hasStatus(HttpStatus.FOUND);
        String location = planned.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/assistance/distributions/");
        String id = location.substring("/assistance/distributions/".length());
        assertThat(page(manager, "/assistance/distributions?lang=en")).contains(unique);
        assertThat(page(manager, location + "?lang=en"))
                .contains("Families arrived this month")
                .contains("no-beneficiaries")
                .contains("open-distribution")
                .doesNotContain("handover-link");

        // From a search: the two people of a family name found.
        String family = "Zq" + UniqueLetters.of(6);
        String salma = registered("Salma", family);
        registered("Huda", family);
        assertThat(post(manager, location + "/beneficiaries/matching", "text", family))
                .hasStatus(HttpStatus.FOUND);
        assertThat(page(manager, location + "?lang=en"))
                .contains("2 added")
                .contains("data-person-id=\"" + salma + "\"");

        // An import with a row in error: shown, nothing imported.
        MvcTestResult imported = mvc.post()
                .uri(location + "/beneficiaries/import")
                .multipart()
                .file(new MockMultipartFile(
                        "file",
                        "list.csv",
                        "text/csv",
                        "registration_number\n000000001\n".getBytes(StandardCharsets.UTF_8)))
                .cookie(manager.session())
                .with(csrf())
                .exchange();
        assertThat(imported).hasStatus(HttpStatus.FOUND);
        String withErrors = body(mvc.get()
                .uri(location + "?lang=en")
                .cookie(manager.session())
                .flashAttrs(imported.getMvcResult().getFlashMap())
                .exchange());
        assertThat(withErrors)
                .contains("import-errors")
                .contains("data-row=\"2\"")
                .contains("No such person");
        assertThat(support.people
                        .json(support.people.get(manager, DistributionsTestSupport.DISTRIBUTIONS + "/{id}", id))
                        .get("beneficiaries")
                        .asInt())
                .isEqualTo(2);

        assertThat(post(manager, location + "/open")).hasStatus(HttpStatus.FOUND);
        assertThat(page(caseworker, location + "?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("/assistance/distributions/" + id + "/handover")
                .contains("data-received=\"false\"");
        assertThat(support.handOver(caseworker, id, UUID.randomUUID(), support.beneficiary(caseworker, id, salma)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(post(manager, location + "/close")).hasStatus(HttpStatus.FOUND);
        assertThat(page(manager, location + "?lang=en"))
                .contains("id=\"reconciliation\"")
                .contains("2 listed, 1 served, 1 not served")
                .contains("data-received=\"true\"")
                .contains("/assistance/monitoring/new?source=distribution&amp;sourceId=" + id)
                .doesNotContain("add-beneficiaries")
                .doesNotContain("handover-link");
        // Monitoring is for those who monitor.
        assertThat(page(caseworker, location + "?lang=en")).doesNotContain("monitor-link");
    }

    private String registered(String given, String family) {
        MvcTestResult registered = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "F", "estimatedAge": 30,
                 "ageEstimatedOn": "%s", "baladiya": "%s"}
                """.formatted(
                        given, family, LocalDate.now(ZoneId.of("UTC")), ReferralsTestSupport.TRIPOLI));
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        return people.json(registered).get("id").asString();
    }

    private MvcTestResult post(User user, String uri, String... params) {
        var request = mvc.post().uri(uri).cookie(user.session()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
