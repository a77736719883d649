package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
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
 * The report page: in English and in Arabic (right to left), the filter form, the table of a service delivered this
 * month, the chart's container pointing at the JSON API with the same filter, and the export links (who received what
 * only for holders of assistance:export); a bad filter comes back with its errors; the menu and the dashboard show the
 * report and the people reached this month.
 */
@MasarIntegrationTest
class ReportPagesTests {

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
    String project;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        project = "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Test
    void theReportShowsTheFiguresTheChartAndTheExportsInBothLanguages() {
        String person = support.person(caseworker, "Huda");
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Tripoli"));
        assertThat(support.post(caseworker, "/api/v1/assistance/services", """
                        {"person": "%s", "type": "hygiene-kit", "quantity": 2, "unit": "kits", "baladiya": "%s",
                         "deliveredOn": "%s", "programme": "WASH", "project": "%s"}
                        """.formatted(
                                person, ReferralsTestSupport.TRIPOLI, today, project)))
                .hasStatus(HttpStatus.CREATED);
        String month = YearMonth.from(today).toString();

        String english = page(caseworker, "/assistance/reports?project=" + project + "&lang=en");
        assertThat(english)
                .contains("id=\"report-filter\"")
                .contains("id=\"report-services\"")
                .contains("data-month=\"" + month + "\" data-type=\"hygiene-kit\"")
                .contains("Hygiene kit")
                .contains("2 kits")
                .contains("id=\"report-chart\"")
                .contains("/api/v1/assistance/reports?from=")
                .contains("/js/assistance-report.js")
                .contains("id=\"export-figures-csv\"")
                .doesNotContain("id=\"export-recipients-csv\"");

        String arabic = page(caseworker, "/assistance/reports?project=" + project + "&lang=ar");
        assertThat(arabic).contains("dir=\"rtl\"").contains("تقارير المساعدة").contains("حقيبة النظافة الشخصية");

        User manager = support.user("PROGRAMME_MANAGER");
        assertThat(page(manager, "/assistance/reports?project=" + project + "&lang=en"))
                .contains("id=\"export-recipients-csv\"")
                .contains("/api/v1/assistance/exports/recipients.xlsx?from=");

        String wrong = page(caseworker, "/assistance/reports?from=2026-05&to=2026-01&lang=en");
        assertThat(wrong).contains("id=\"report-invalid\"").contains("is-invalid");

        String home = page(caseworker, "/?lang=en");
        assertThat(home).contains("/assistance/reports").contains("People reached with assistance this month");
    }

    @Test
    void aUserWithoutAssistanceReadingIsRefused() {
        User dtm = support.user("DTM_ENUMERATOR");
        MvcTestResult refused =
                mvc.get().uri("/assistance/reports").cookie(dtm.session()).exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
