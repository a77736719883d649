package org.masar.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseListTestCases;
import org.masar.cases.CaseListTestCases.Case;
import org.masar.cases.CaseListTestCases.Scope;
import org.masar.cases.CaseListTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * "My cases" and "My team's cases" in English and Arabic: a caseworker's own cases open first, each linking to its
 * page, never another caseworker's restricted case (nor in the count); the supervisor's team's cases with the
 * restricted ones; the menu entry and the dashboard figures.
 */
@MasarIntegrationTest
class CaseListPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SystemIdentity system;

    CaseListTestCases support;
    User supervisor;
    User amina;
    User omar;
    Case aminasOpen;
    Case aminasRestricted;
    Case aminasClosed;
    Case omarsRestricted;

    @BeforeEach
    void setUp() {
        support = new CaseListTestCases(jdbc, transactions, system, encoder, mvc);
        UUID office = support.office("Sabha office", "مكتب سبها");
        supervisor = support.user("CASE_SUPERVISOR", Scope.of(office), null);
        amina = support.user("CASEWORKER", Scope.of(office), supervisor);
        omar = support.user("PROTECTION_CASEWORKER", Scope.of(office), supervisor);
        UUID mariam = support.person("مريم", "السنوسي", "Mariam", "Senussi");
        Instant now = Instant.now();
        aminasOpen = support.open(CaseListTestCases.of("mrrm-assistance", mariam, office, amina)
                .updatedAt(now.minus(3, ChronoUnit.HOURS)));
        aminasRestricted = support.open(
                CaseListTestCases.of("gbv", mariam, office, amina).updatedAt(now.minus(2, ChronoUnit.HOURS)));
        aminasClosed = support.open(CaseListTestCases.of("mrrm-assistance", mariam, office, amina)
                .status("closed")
                .stage("closed")
                .updatedAt(now.minus(1, ChronoUnit.HOURS)));
        omarsRestricted = support.open(CaseListTestCases.of("trafficking", mariam, office, omar));
        support.flag(aminasRestricted, "Do not contact the family", false);
    }

    @Test
    void myCasesShowsTheCaseworkersOwnOpenFirstEachLinkingToItsPage() {
        String page = page(amina, "/cases?lang=en");
        assertThat(page)
                .contains("My cases", "3 cases", "Mariam Senussi", "Protection: survivor of gender-based violence")
                .contains("Restricted", "Flags: 1", "Open", "Closed", "Sabha office")
                .contains("href=\"/cases/" + aminasOpen.id() + "\"", "href=\"/cases/" + aminasRestricted.id() + "\"")
                .doesNotContain(omarsRestricted.number(), omarsRestricted.id().toString())
                .doesNotContain("id=\"tab-team\"");
        // Open ones first: the closed case, though last updated, comes last.
        assertThat(page.indexOf(aminasRestricted.number())).isLessThan(page.indexOf(aminasOpen.number()));
        assertThat(page.indexOf(aminasOpen.number())).isLessThan(page.indexOf(aminasClosed.number()));
        // Filtered by status, and in Arabic, right to left.
        assertThat(page(amina, "/cases?lang=en&status=closed"))
                .contains("1 cases", aminasClosed.number())
                .doesNotContain(aminasOpen.number());
        assertThat(page(amina, "/cases?lang=ar"))
                .contains("dir=\"rtl\"", "حالاتي", "مريم السنوسي", "مقيّدة", "عدد الحالات: 3");
        // Another caseworker does not see Amina's restricted case, not even counted.
        assertThat(page(omar, "/cases?lang=en"))
                .contains("1 cases", omarsRestricted.number())
                .doesNotContain(aminasRestricted.number());
        // A filter the list does not know is a 400 problem page.
        assertThat(mvc.get()
                        .uri("/cases?status=bogus&lang=en")
                        .cookie(amina.session())
                        .accept(MediaType.TEXT_HTML)
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSupervisorsTeamPageShowsTheTeamsCasesRestrictedOnesIncluded() {
        String page = page(supervisor, "/cases/team?lang=en");
        assertThat(page)
                .contains("My team&#39;s cases", "4 cases", "id=\"tab-team\"")
                .contains(aminasRestricted.number(), omarsRestricted.number(), aminasOpen.number())
                .contains(amina.username(), omar.username());
        assertThat(page(supervisor, "/cases/team?lang=en&type=trafficking"))
                .contains("1 cases", omarsRestricted.number())
                .doesNotContain(aminasRestricted.number());
        assertThat(page(supervisor, "/cases/team?lang=ar")).contains("حالات فريقي", "dir=\"rtl\"");
        // A caseworker's team is nobody.
        assertThat(page(amina, "/cases/team?lang=en")).contains("0 cases", "No case of your team");
    }

    @Test
    void theMenuAndTheDashboardCountOpenCases() {
        String dashboard = page(supervisor, "/?lang=en");
        assertThat(dashboard).contains("href=\"/cases\"", "My open cases", "My team&#39;s open cases");
        assertThat(page(amina, "/?lang=en")).contains("My open cases").doesNotContain("My team&#39;s open cases");
        User viewer = support.user("VIEWER", Scope.of(), null);
        assertThat(page(viewer, "/?lang=en")).doesNotContain("href=\"/cases\"", "My open cases");
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .cookie(user.session())
                .accept(MediaType.TEXT_HTML)
                .exchange();
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
