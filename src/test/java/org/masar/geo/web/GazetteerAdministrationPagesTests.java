package org.masar.geo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following OCHA's current table from the unit pages: add a unit below another, retire one, with errors on the form.
 * Each test rolls back, so the gazetteer stays exactly the data files for the other tests.
 */
@MasarIntegrationTest
@Transactional
class GazetteerAdministrationPagesTests {

    static final RequestPostProcessor MANAGER = user("geo-admin").authorities(() -> "geo:read", () -> "geo:manage");
    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerAddsABaladiyaOfTheCurrentTableBelowItsMantika() {
        assertThat(mvc.get().uri("/geo/units/LY0214").with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("add-unit-form");
        assertThat(mvc.post()
                        .uri("/geo/units/LY0214/children")
                        .with(MANAGER)
                        .with(csrf())
                        .param("pcode", "ly021499")
                        .param("nameEn", "Tawergha")
                        .param("nameAr", "تاورغاء")
                        .param("validFrom", "2026-01-01"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/geo/units/LY021499");
        assertThat(mvc.get().uri("/geo/units/LY021499?lang=ar").with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("تاورغاء")
                .contains("dir=\"rtl\"");
    }

    @Test
    void badInputIsShownOnTheFormAndAddsNothing() {
        assertThat(mvc.post()
                        .uri("/geo/units/LY0214/children?lang=en")
                        .with(MANAGER)
                        .with(csrf())
                        .param("pcode", "Misrata")
                        .param("nameEn", "")
                        .param("nameAr", "مصراتة"))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("Give the first day the unit is in OCHA");
        assertThat(mvc.post()
                        .uri("/geo/units/LY0214/children?lang=en")
                        .with(MANAGER)
                        .with(csrf())
                        .param("pcode", "LY021401")
                        .param("nameEn", "Misrata")
                        .param("nameAr", "مصراتة")
                        .param("validFrom", "2026-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"problem-alert\"")
                .contains("A unit with this P-code exists already");
        assertThat(jdbc.sql("SELECT count(*) FROM geo_baladiya WHERE mantika_pcode = 'LY0214'")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql(
                                "SELECT count(*) FROM geo_baladiya WHERE mantika_pcode = 'LY0214' AND valid_from IS NULL")
                        .query(Long.class)
                        .single());
    }

    @Test
    void aManagerRetiresAUnitWhichStaysWithItsHistory() {
        assertThat(mvc.post()
                        .uri("/geo/units/LY021401/retire")
                        .with(MANAGER)
                        .with(csrf())
                        .param("validTo", "2026-06-01"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/geo/units/LY021401");
        assertThat(mvc.get().uri("/geo/units/LY021401?lang=en").with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("Not in OCHA&#39;s current table since 2026-06-01")
                .doesNotContain("retire-unit-form");
    }

    @Test
    void aReaderSeesNoFormsAndIsRefusedTheChange() {
        assertThat(mvc.get().uri("/geo/units/LY0214").with(READER))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("add-unit-form")
                .doesNotContain("retire-unit-form");
        assertThat(mvc.post()
                        .uri("/geo/units/LY021401/retire")
                        .with(READER)
                        .with(csrf())
                        .param("validTo", "2026-06-01"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
