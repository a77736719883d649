package org.masar.dtm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
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

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc);
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
}
