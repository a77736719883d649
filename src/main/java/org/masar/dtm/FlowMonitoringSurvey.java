package org.masar.dtm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;
import tools.jackson.databind.JsonNode;

/**
 * A recorded flow-monitoring survey.
 *
 * @param id its id
 * @param point where it was taken
 * @param surveyedOn the day
 * @param version the number of the version answered
 * @param sex {@code f}, {@code m} or null
 * @param ageBand the respondent's age band or null
 * @param nationality ISO 3166-1 alpha-3 code or null
 * @param answers the answers, by question id
 * @param recordedAt when it was recorded
 */
public record FlowMonitoringSurvey(
        UUID id,
        SiteId point,
        LocalDate surveyedOn,
        int version,
        @Nullable String sex,
        @Nullable String ageBand,
        @Nullable String nationality,
        JsonNode answers,
        Instant recordedAt) {}
