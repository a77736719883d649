package org.masar.dtm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.api.FieldTestSupport.ENUMERATOR;
import static org.masar.dtm.api.FieldTestSupport.NOBODY;
import static org.masar.dtm.api.FieldTestSupport.OFFICER;
import static org.masar.dtm.api.FieldTestSupport.VIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.api.FieldTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The DTM field pages in both languages, their forms, and who may see what. */
@MasarIntegrationTest
class FieldPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    FieldTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new FieldTestSupport(mvc, json, jdbc);
    }

    @Test
    void theFlowPageShowsPointsTheFormAndTheSummaryInArabicRightToLeft() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        assertThat(mvc.get().uri("/dtm/flow?lang=ar").with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "رصد التدفقات", "flow-count-form", "flow-summary", point);
        assertThat(mvc.get().uri("/dtm/flow?lang=en").with(VIEWER))
                .hasStatusOk()
                .bodyText()
                .contains("Flow monitoring", "flow-summary")
                .doesNotContain("flow-count-form");
        // An enumerator records without reading the figures.
        assertThat(mvc.get().uri("/dtm/flow?lang=en").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("flow-count-form")
                .doesNotContain("flow-summary");
        assertThat(mvc.get().uri("/dtm/flow").with(NOBODY)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCountPostedFromThePageIsSavedAndARefusedOneIsShownAgainWithItsErrors() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        MvcTestResult saved = mvc.post()
                .uri("/dtm/flow/counts")
                .with(ENUMERATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("siteId", point)
                .param("day", "2026-04-01")
                .param("in-total", "12")
                .param("in-f-adults", "5")
                .param("in-nat1", "ner")
                .param("in-nat1-count", "12")
                .param("out-total", "3")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(dtm.count("SELECT incoming FROM dtm_flow_count WHERE site_id = ?::uuid", point))
                .isEqualTo(12);
        assertThat(dtm.count(
                        "SELECT (figures ->> 'in.nationality.NER')::bigint FROM dtm_flow_count"
                                + " WHERE site_id = ?::uuid",
                        point))
                .isEqualTo(12);

        MvcTestResult refused = mvc.post()
                .uri("/dtm/flow/counts?lang=en")
                .with(ENUMERATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("siteId", point)
                .param("day", "2026-04-02")
                .param("in-total", "12")
                .param("in-m-adults", "13")
                .param("out-total", "3")
                .exchange();
        assertThat(refused)
                .hasStatusOk()
                .bodyText()
                .contains(
                        "field-errors",
                        "Incoming › By sex and age: The breakdown adds up to more than the total.",
                        "value=\"13\"");
        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_count WHERE site_id = ?::uuid", point))
                .isEqualTo(1);
    }

    @Test
    void theDetentionPageShowsACentresHistoryWithItsOccupancy() {
        String centre = dtm.site("DETENTION_CENTRE", "LY021401");
        MvcTestResult saved = mvc.post()
                .uri("/dtm/detention/snapshots")
                .with(OFFICER)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("siteId", centre)
                .param("observedOn", "2026-04-01")
                .param("population-total", "150")
                .param("capacity", "100")
                .param("services", "health", "food")
                .param("condition-overcrowding", "critical")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/dtm/detention?lang=ar&centre={id}", centre).with(OFFICER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "detention-history", "dir=\"ltr\">150", "حرج", "الصحة");
        assertThat(mvc.get().uri("/dtm/detention?lang=en").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("detention-form")
                .doesNotContain("detention-history");
    }

    @Test
    void anEventIsCreatedFromThePageAndItsPageTakesUpdates() {
        MvcTestResult created = mvc.post()
                .uri("/dtm/events")
                .with(ENUMERATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("type", "ARMED_CLASH")
                .param("incidentAt", "2026-03-10T23:30")
                .param("baladiya", "LY021401")
                .param("description", "Clashes near the port")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/dtm/events/");
        assertThat(mvc.get().uri(location + "?lang=en").with(VIEWER))
                .hasStatusOk()
                .bodyText()
                .contains("Armed clash", "2026-03-10 23:30", "2026-03-13 23:30", "Overdue")
                .doesNotContain("update-form");
        assertThat(mvc.post()
                        .uri(location + "/updates")
                        .with(ENUMERATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("households", "12")
                        .param("persons", "60")
                        .param("needs", "shelter", "food"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(location + "?lang=ar").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "update-form", "12 أسرة، 60 شخصاً", "أُبلغ عنه متأخراً", "المأوى");
        assertThat(mvc.get().uri("/dtm/events?lang=en").with(VIEWER))
                .hasStatusOk()
                .bodyText()
                .contains("event-table", "Armed clash");
        assertThat(mvc.post()
                        .uri("/dtm/events?lang=en")
                        .with(ENUMERATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("type", "FLOOD")
                        .param("incidentAt", "2099-01-01T10:00")
                        .param("baladiya", "LY021401"))
                .hasStatusOk()
                .bodyText()
                .contains("field-errors", "Incident: This is in the future.");
    }

    @Test
    void theDashboardCountsOverdueEventsForReadersOfTheDtm() {
        assertThat(mvc.get().uri("/?lang=en").with(VIEWER))
                .hasStatusOk()
                .bodyText()
                .contains("Emergency events with their first report overdue");
        assertThat(mvc.get().uri("/?lang=en").with(ENUMERATOR))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Emergency events with their first report overdue");
    }
}
