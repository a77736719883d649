package org.masar.dtm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The rounds' pages in English and Arabic: the list and its form, a round's detail, its forms and the import report. */
@MasarIntegrationTest
class RoundPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    /** A DTM manager without {@code dtm:collect}: sees unpublished rounds, enters nothing. */
    static final org.springframework.test.web.servlet.request.RequestPostProcessor READER_OF_DRAFTS =
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                            "dtm-manager")
                    .authorities(() -> "dtm:read", () -> "dtm:manage");

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc, encoder);
    }

    @Test
    void aRoundIsPlannedFromTheListAndShownInArabic() {
        int number = DtmTestSupport.nextNumber();
        MvcTestResult created = mvc.post()
                .uri("/dtm/rounds")
                .param("number", String.valueOf(number))
                .param("periodStart", "2026-04-01")
                .param("periodEnd", "2026-05-31")
                .with(OFFICER)
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/dtm/rounds/");

        assertThat(mvc.get().uri("/dtm/rounds?lang=ar").with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "id=\"round-form\"", "الجولة " + number, "مخطط لها");
        assertThat(mvc.get().uri(location + "?lang=ar").with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "فتح لجمع البيانات", "2026-04-01");
        // An enumerator sees the list, without the planning form; a refused step is an alert.
        assertThat(mvc.get().uri("/dtm/rounds").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"round-form\"");
        assertThat(mvc.post()
                        .uri("/dtm/rounds")
                        .param("number", String.valueOf(number))
                        .param("periodStart", "2026-04-01")
                        .param("periodEnd", "2026-05-31")
                        .with(OFFICER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "dtm.round-number-taken");
        // Unpublished, the round does not exist for a reader.
        assertThat(mvc.get().uri(location).with(READER)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDetailShowsFiguresFlagsAndTheImportReport() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, "LY021402", "{\"idps.ind\": 100, \"idps.hh\": 2}");
        assertThat(mvc.post()
                        .uri("/dtm/rounds/" + round + "/validation")
                        .with(OFFICER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "dtm.round.validated");
        assertThat(mvc.get().uri("/dtm/rounds/" + round).with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Zliten",
                        "Implausible household size",
                        "persons per household",
                        "id=\"flag-table\"",
                        "name=\"reason\"",
                        "id=\"request-publication\"",
                        "id=\"import-form\"");
        assertThat(mvc.get()
                        .uri("/dtm/rounds/" + round + "?level=libya&lang=ar")
                        .with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("ليبيا", "النازحون (أفراد)");

        MvcTestResult imported = mvc.post()
                .uri("/dtm/rounds/" + round + "/imports?lang=ar")
                .multipart()
                .file(new MockMultipartFile(
                        "file", "f.csv", "text/csv", "Unit,IDPs\nAtlantis,5\n".getBytes(StandardCharsets.UTF_8)))
                .param("unit", "Unit")
                .param("importLevel", "baladiya")
                .param("column.idps.ind", "IDPs")
                .with(ENUMERATOR)
                .with(csrf())
                .exchange();
        assertThat(imported)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"import-report\"", "Atlantis", "لم يُستورد شيء", "بلدية");
    }

    @Test
    void anEnumeratorEntersAUnitsFiguresOnItsPageAndKeepsTheRestOfTheAssessment() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.put("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", ENUMERATOR, """
                {"figures": {"idps.ind": 100, "idps.hh": 20, "idps.ind.f": 60},
                 "keyInformants": [{"role": "mukhtar", "sex": "m", "organisationType": "municipality"}],
                 "priorityNeeds": {"idps": ["food", "shelter"]}}
                """);
        assertThat(mvc.get()
                        .uri("/dtm/rounds/" + round + "/assessment?pcode=ly021402")
                        .with(ENUMERATOR))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/dtm/rounds/" + round + "/assessments/LY021402");
        assertThat(mvc.get()
                        .uri("/dtm/rounds/" + round + "/assessments/LY021402?lang=ar")
                        .with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "زليتن", "id=\"assessment-form\"", "idps.ind.f=60", "mukhtar");
        assertThat(mvc.post()
                        .uri("/dtm/rounds/" + round + "/assessments/LY021402")
                        .param("assessedOn", "2026-01-21")
                        .param("figure.idps.ind", "120")
                        .param("figure.idps.hh", "24")
                        .param("otherFigures", "idps.ind.f=70\nidps.ind.m=50")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "dtm.assessment.saved");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"assessedOn": "2026-01-21",
                         "figures": {"idps.ind": 120, "idps.hh": 24, "idps.ind.f": 70, "idps.ind.m": 50},
                         "keyInformants": [{"role": "mukhtar"}], "priorityNeeds": {"idps": ["food", "shelter"]}}
                        """);
        assertThat(mvc.post()
                        .uri("/dtm/rounds/" + round + "/assessments/LY021402")
                        .param("figure.idps.ind", "lots")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("problemCode", "validation");
        // A reader sees no form, and an unassessed unit says so.
        assertThat(mvc.get()
                        .uri("/dtm/rounds/" + round + "/assessments/LY021401")
                        .with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"no-assessment\"");
    }

    @Test
    void informantsAndNeedsAreSavedFromTheUnitsPageWithItsFiguresAndShownBack() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String page = "/dtm/rounds/" + round + "/assessments/LY021402";
        assertThat(mvc.post()
                        .uri(page)
                        .param("detailed", "true")
                        .param("figure.idps.ind", "90")
                        .param("informant.0.role", "mukhtar")
                        .param("informant.0.sex", "f")
                        .param("informant.0.organisation", "municipality")
                        .param("need.idps.1", "shelter")
                        .param("need.idps.2", "")
                        .param("need.idps.3", "food")
                        .param("need.migrants.1", "health")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "dtm.assessment.saved");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"figures": {"idps.ind": 90},
                         "keyInformants": [{"role": "mukhtar", "sex": "f", "organisationType": "municipality"}],
                         "priorityNeeds": {"idps": ["shelter", "food"], "migrants": ["health"]}}
                        """);
        assertThat(mvc.get().uri(page).with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Mukhtar · Female · Municipality",
                        "1. Shelter",
                        "2. Food",
                        "1. Health",
                        "id=\"informant-fields\"",
                        "id=\"need-fields\"",
                        "name=\"informant.1.role\"")
                .doesNotContain("name=\"name\"");
        assertThat(mvc.get().uri(page + "?lang=ar").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "مختار · أنثى · بلدية", "1. المأوى", "المهاجرون", "سبل العيش");

        // One informant removed and another added, the needs kept, in the same save.
        assertThat(mvc.post()
                        .uri(page)
                        .param("detailed", "true")
                        .param("figure.idps.ind", "90")
                        .param("informant.0.role", "mukhtar")
                        .param("informant.0.sex", "f")
                        .param("informant.0.organisation", "municipality")
                        .param("informant.0.remove", "true")
                        .param("informant.1.role", "teacher")
                        .param("informant.1.sex", "")
                        .param("informant.1.organisation", "community")
                        .param("need.idps.1", "shelter")
                        .param("need.idps.2", "food")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("flash", "dtm.assessment.saved");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"keyInformants": [{"role": "teacher", "sex": null, "organisationType": "community"}],
                         "priorityNeeds": {"idps": ["shelter", "food"]}}
                        """);
        assertThat(mvc.get().uri(page).with(ENUMERATOR))
                .bodyText()
                .contains("Teacher · – · Community")
                .doesNotContain("Mukhtar ·");
    }

    @Test
    void aSectorRankedTwiceIsRefusedWithItsMessageAndNothingIsSaved() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String page = "/dtm/rounds/" + round + "/assessments/LY021402";
        dtm.put("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", ENUMERATOR, """
                {"figures": {"idps.ind": 100}, "priorityNeeds": {"idps": ["food"]}}
                """);
        // Posted, and the redirect followed in the same session, where the flash waits: the message is on the form, in
        // the user's language.
        for (String lang : List.of("en", "ar")) {
            MvcTestResult refused = mvc.post()
                    .uri(page)
                    .param("detailed", "true")
                    .param("figure.idps.ind", "500")
                    .param("informant.0.role", "mukhtar")
                    .param("informant.0.organisation", "municipality")
                    .param("need.idps.1", "shelter")
                    .param("need.returnees.1", "food")
                    .param("need.returnees.2", "food")
                    .with(ENUMERATOR)
                    .with(csrf())
                    .exchange();
            assertThat(refused)
                    .hasStatus(HttpStatus.FOUND)
                    .hasRedirectedUrl(page)
                    .flash()
                    .containsEntry("problemCode", "validation")
                    .containsEntry("fieldErrors", List.of("dtm.assessment.needs-sector"));
            assertThat(mvc.get()
                            .uri(page + "?lang=" + lang)
                            .cookie(refused.getResponse().getCookie("SESSION"))
                            .with(ENUMERATOR))
                    .bodyText()
                    .contains(
                            "id=\"form-errors\"",
                            "en".equals(lang) ? "named once" : "ويُذكر مرة واحدة",
                            "en".equals(lang) ? "Some values are not valid" : "dir=\"rtl\"");
        }
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021402", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"figures": {"idps.ind": 100}, "keyInformants": [], "priorityNeeds": {"idps": ["food"]}}
                        """);
    }

    @Test
    void aCoverageGapIsRecordedAndRemovedFromTheRoundsPage() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String detail = "/dtm/rounds/" + round;
        assertThat(mvc.get().uri(detail).with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"gap-form\"", "id=\"no-gaps\"", "value=\"LY021401\"", "No key informant");
        assertThat(mvc.post()
                        .uri(detail + "/gaps")
                        .param("baladiya", "LY021401")
                        .param("pcode", "")
                        .param("reason", "insecurity")
                        .param("note", "Road closed by fighting")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(detail)
                .flash()
                .containsEntry("flash", "dtm.gap.recorded");
        assertThat(mvc.get().uri(detail).with(ENUMERATOR))
                .bodyText()
                .contains("id=\"gap-list\"", "data-gap=\"LY021401\"", "Insecurity", "Road closed by fighting");
        assertThat(mvc.get().uri(detail + "?lang=ar").with(ENUMERATOR))
                .bodyText()
                .contains("انعدام الأمن", "Road closed by fighting", "الوحدات المسجّلة غير مقيَّمة");
        // A bad reason and no unit are refused with their messages; an assessed unit with the face's problem.
        assertThat(mvc.post()
                        .uri(detail + "/gaps")
                        .param("pcode", "ly021403")
                        .param("reason", "weather")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("problemCode", "validation")
                .containsEntry("fieldErrors", List.of("dtm.gap.reason"));
        assertThat(mvc.post()
                        .uri(detail + "/gaps")
                        .param("reason", "other")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("fieldErrors", List.of("dtm.gap.unit.required"));
        dtm.figures(round, "LY021402", "{\"idps.ind\": 10}");
        assertThat(mvc.post()
                        .uri(detail + "/gaps")
                        .param("pcode", "LY021402")
                        .param("reason", "other")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("problemCode", "dtm.unit-assessed");

        assertThat(mvc.post()
                        .uri(detail + "/gaps/LY021401/removal")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "dtm.gap.removed");
        assertThat(mvc.get().uri(detail).with(ENUMERATOR))
                .bodyText()
                .contains("id=\"no-gaps\"")
                .doesNotContain("Road closed by fighting");
    }

    @Test
    void pastImportsAreListedWithTheirRowByRowReport() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String detail = "/dtm/rounds/" + round;
        assertThat(mvc.get().uri(detail).with(OFFICER)).bodyText().contains("id=\"no-imports\"");
        for (String csv : List.of("Unit,IDPs\nAtlantis,5\n", "Unit,IDPs\nLY021402,7\n")) {
            assertThat(mvc.post()
                            .uri(detail + "/imports")
                            .multipart()
                            .file(new MockMultipartFile(
                                    "file", "field-week.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                            .param("unit", "Unit")
                            .param("importLevel", "baladiya")
                            .param("column.idps.ind", "IDPs")
                            .with(ENUMERATOR)
                            .with(csrf()))
                    .hasStatusOk();
        }
        assertThat(mvc.get().uri(detail).with(READER_OF_DRAFTS))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"import-list\"",
                        "field-week.csv",
                        "Version 1: 1 rows imported, 0 rows in error.",
                        "Version 1: 0 rows imported, 1 rows in error.",
                        "Every row was imported.",
                        "Atlantis",
                        "No current baladiya of the gazetteer has the P-code or name Atlantis",
                        "Line 2",
                        "Zliten",
                        "<details>");
        assertThat(mvc.get().uri(detail + "?lang=ar").with(OFFICER))
                .bodyText()
                .contains("عمليات الاستيراد السابقة", "السطر 2", "لم يُستورد شيء", "زليتن");
    }

    @Test
    void onlyCollectorsOfAnOpenRoundSeeTheForms() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        dtm.figures(round, "LY021402", "{\"idps.ind\": 100, \"idps.hh\": 20}");
        dtm.gapsForAllBut(round, "LY021402");
        // A manager without dtm:collect sees the lists, not the forms.
        assertThat(mvc.get().uri("/dtm/rounds/" + round).with(READER_OF_DRAFTS))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"gap-list\"")
                .doesNotContain("id=\"gap-form\"", "/removal", "id=\"import-form\"");
        assertThat(mvc.get()
                        .uri("/dtm/rounds/" + round + "/assessments/LY021402")
                        .with(READER_OF_DRAFTS))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"assessment-form\"", "id=\"informant-fields\"");

        dtm.publish(round);
        for (var who : List.of(OFFICER, ENUMERATOR, READER)) {
            assertThat(mvc.get().uri("/dtm/rounds/" + round).with(who))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"gap-list\"")
                    .doesNotContain("id=\"gap-form\"", "/removal", "id=\"import-form\"");
            assertThat(mvc.get()
                            .uri("/dtm/rounds/" + round + "/assessments/LY021402?lang=ar")
                            .with(who))
                    .hasStatusOk()
                    .bodyText()
                    .contains("dir=\"rtl\"", "زليتن")
                    .doesNotContain("id=\"assessment-form\"", "id=\"need-fields\"");
        }
        // Were a form posted anyway, the face refuses and the page says why.
        assertThat(mvc.post()
                        .uri("/dtm/rounds/" + round + "/gaps/LY021401/removal")
                        .with(ENUMERATOR)
                        .with(csrf()))
                .flash()
                .containsEntry("problemCode", "dtm.version-not-open");
    }
}
