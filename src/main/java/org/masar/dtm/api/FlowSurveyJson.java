package org.masar.dtm.api;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoringSurvey;
import tools.jackson.databind.JsonNode;

/**
 * A recorded flow-monitoring survey.
 *
 * @param id its id
 * @param siteId the flow-monitoring point
 * @param surveyedOn the day
 * @param version the number of the version answered
 * @param sex {@code f}, {@code m} or null
 * @param ageBand the respondent's age band or null
 * @param nationality ISO 3166-1 alpha-3 code or null
 * @param answers the answers by question id
 * @param recordedAt when it was recorded
 */
record FlowSurveyJson(
        String id,
        String siteId,
        LocalDate surveyedOn,
        int version,
        @Nullable String sex,
        @Nullable String ageBand,
        @Nullable String nationality,
        JsonNode answers,
        Instant recordedAt) {

    static FlowSurveyJson of(FlowMonitoringSurvey survey) {
        return new FlowSurveyJson(
                survey.id().toString(),
                survey.point().toString(),
                survey.surveyedOn(),
                survey.version(),
                survey.sex(),
                survey.ageBand(),
                survey.nationality(),
                survey.answers(),
                survey.recordedAt());
    }
}
