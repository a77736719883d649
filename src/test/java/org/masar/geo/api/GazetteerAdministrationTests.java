package org.masar.geo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator follows OCHA's current table: the later analysis's Misrata (LY021405) is added and the 2017 code
 * retired, so new sites go to the new code. Each test runs in a transaction that is rolled back, so the gazetteer the
 * other tests see stays exactly the data file's.
 */
@MasarIntegrationTest
@Transactional
class GazetteerAdministrationTests {

    static final RequestPostProcessor MANAGER = user("geo-admin").authorities(() -> "geo:read", () -> "geo:manage");
    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorAddsTheNewCodeAndRetiresTheOldOne() {
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pcode":"LY021405","nameEn":"Misrata","nameAr":"مصراتة","validFrom":"2025-01-01"}
                                """))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/v1/geo/units/LY021405")
                .bodyJson()
                .hasPathSatisfying("$.parent", p -> assertThat(p).asString().isEqualTo("LY0214"))
                .hasPathSatisfying("$.level", p -> assertThat(p).asString().isEqualTo("BALADIYA"))
                .hasPathSatisfying("$.validFrom", p -> assertThat(p).asString().isEqualTo("2025-01-01"));
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units/LY021401/retire")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\":\"2025-01-01\"}"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.validTo", p -> assertThat(p).asString().isEqualTo("2025-01-01"));

        assertThat(mvc.get().uri("/geo/units/LY021405?lang=ar").with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("في جدول أوتشا منذ 2025-01-01.");

        // New sites go to the current code; the retired one refuses them.
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site("LY021401")))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.baladiya-not-current");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(site("LY021405")))
                .hasStatus(HttpStatus.CREATED);

        assertThat(jdbc.sql("""
                        SELECT action FROM audit_entry
                         WHERE subject_type = 'admin-unit' AND subject_id IN ('LY021405', 'LY021401')
                         ORDER BY sequence DESC LIMIT 2
                        """).query(String.class).list()).containsExactly("geo.unit.retired", "geo.unit.added");
    }

    @Test
    void theHierarchyKeepsTheRetiredUnitAndMarksIt() {
        mvc.post()
                .uri("/api/v1/geo/units/LY021401/retire")
                .with(MANAGER)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"validTo\":\"2025-01-01\"}")
                .exchange();
        assertThat(mvc.get()
                        .uri("/geo/units/LY0214?lang=en")
                        .header("HX-Request", "true")
                        .with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("LY021401")
                .contains("current table since 2025-01-01");
        assertThat(mvc.get().uri("/geo/sites/new?lang=en").with(MANAGER))
                .bodyText()
                .doesNotContain("value=\"LY021401\"")
                .contains("value=\"LY021402\"");
    }

    @Test
    void refusalsAreProblems() {
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pcode\":\"LY021401\",\"nameEn\":\"Misrata\",\"nameAr\":\"مصراتة\","
                                + "\"validFrom\":\"2025-01-01\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.unit-pcode-taken");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pcode\":\"LY02990101\",\"nameEn\":\"Nowhere\",\"nameAr\":\"لا مكان\","
                                + "\"validFrom\":\"2025-01-01\"}"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.unit-not-found");
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pcode\":\"Misrata\",\"nameEn\":\"\",\"nameAr\":\"مصراتة\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying(
                        "$.errors[*].field", p -> assertThat(p).asArray().contains("pcode", "nameEn", "validFrom"));
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(READER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pcode\":\"LY021405\",\"nameEn\":\"Misrata\",\"nameAr\":\"مصراتة\","
                                + "\"validFrom\":\"2025-01-01\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units/LY021401/retire")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\":\"2025-01-01\"}"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units/LY021401/retire")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\":\"2025-06-01\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.unit-validity-invalid");
        assertThat(jdbc.sql("SELECT count(*) FROM geo_baladiya WHERE pcode IN ('LY021405', 'LY02990101')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDateFarOffIsABadRequestAndNeverWrapsRoundToAnotherDate() {
        // Seen: +584556075-06-01 was stored as 2026-02-28 (java.sql.Date wrapped round), retiring the unit in the past;
        // other far-off dates answered a misleading 409 "does not fit the records".
        for (String validTo : List.of("+584556075-06-01", "+999999999-12-31", "-999999999-01-01", "+20000-01-01")) {
            assertThat(mvc.post()
                            .uri("/api/v1/geo/units/LY021401/retire")
                            .with(MANAGER)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"validTo\":\"%s\"}".formatted(validTo)))
                    .as(validTo)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/geo.unit-date-out-of-range");
        }
        assertThat(mvc.post()
                        .uri("/api/v1/geo/units")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pcode":"LY021405","nameEn":"Misrata","nameAr":"مصراتة","validFrom":"+584556075-06-01"}
                                """))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.unit-date-out-of-range");
        // The page shows the same problem on the unit's page.
        assertThat(mvc.post()
                        .uri("/geo/units/LY021401/retire")
                        .with(MANAGER)
                        .with(csrf())
                        .param("validTo", "+584556075-06-01"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "geo.unit-date-out-of-range");
        assertThat(jdbc.sql("SELECT valid_to FROM geo_baladiya WHERE pcode = 'LY021401'")
                        .query(java.time.LocalDate.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM geo_baladiya WHERE pcode = 'LY021405'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String site(String baladiya) {
        return """
                {"code":"MIS-%s","type":"OFFICE","nameEn":"Misrata office","nameAr":"مكتب مصراتة","baladiya":"%s"}
                """.formatted(baladiya.substring(4), baladiya);
    }
}
