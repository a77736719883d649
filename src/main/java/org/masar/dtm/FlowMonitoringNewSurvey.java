package org.masar.dtm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;
import tools.jackson.databind.JsonNode;

/**
 * One respondent's survey at a flow-monitoring point.
 *
 * @param point where the survey was taken
 * @param surveyedOn the day
 * @param version the number of the version answered; null for the current one
 * @param sex {@code f} or {@code m}, if given
 * @param ageBand one of {@link FlowMonitoringSurveys#AGE_BANDS}, if given
 * @param nationality ISO 3166-1 alpha-3 code, if given
 * @param answers the answers, by question id
 */
public record FlowMonitoringNewSurvey(
        SiteId point,
        LocalDate surveyedOn,
        @Nullable Integer version,
        @Nullable String sex,
        @Nullable String ageBand,
        @Nullable String nationality,
        JsonNode answers) {}
