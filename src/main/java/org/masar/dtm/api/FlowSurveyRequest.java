package org.masar.dtm.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoringNewSurvey;
import org.masar.geo.SiteId;
import tools.jackson.databind.JsonNode;

/**
 * One respondent's flow-monitoring survey. Nothing that names or identifies the respondent is asked.
 *
 * @param siteId the flow-monitoring point
 * @param surveyedOn the day
 * @param version the number of the version answered; the current one when absent
 * @param sex {@code f} or {@code m}
 * @param ageBand {@code under-18}, {@code 18-25}, {@code 26-40}, {@code 41-60} or {@code over-60}
 * @param nationality ISO 3166-1 alpha-3 code
 * @param answers the answers by question id, as the version's {@code answerSchema} describes them
 */
record FlowSurveyRequest(
        @NotNull UUID siteId,
        @NotNull LocalDate surveyedOn,
        @Nullable Integer version,
        @Nullable @Size(max = 1) String sex,
        @Nullable @Size(max = 10) String ageBand,
        @Nullable @Size(max = 3) String nationality,
        @NotNull JsonNode answers) {

    FlowMonitoringNewSurvey toSurvey() {
        return new FlowMonitoringNewSurvey(new SiteId(siteId), surveyedOn, version, sex, ageBand, nationality, answers);
    }
}
