package org.masar.dtm;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Individual flow-monitoring surveys: a questionnaire defined as data (versions of a definition whose questions have
 * Arabic and English labels, answer types and choices), and respondents' answers checked against the JSON Schema
 * derived from the version they answered. A respondent is a sex, an age band and a nationality; nothing identifies them.
 *
 * <p>Publishing a version needs {@code dtm:manage}; recording a survey {@code dtm:collect}; reading the definition
 * {@code dtm:read} or {@code dtm:collect}. Every change is audited.
 */
public interface FlowMonitoringSurveys {

    /** The age bands a respondent is recorded in. */
    List<String> AGE_BANDS = List.of("under-18", "18-25", "26-40", "41-60", "over-60");

    /**
     * Publishes the next version of the definition, used by new surveys at once. Throws
     * {@link org.masar.shared.InvalidFields} naming each part in error ({@code questions[2].choices[0].id}).
     */
    FlowMonitoringSurveyVersion publish(JsonNode definition);

    /** The latest version. */
    FlowMonitoringSurveyVersion current();

    /** Every version, latest first. */
    List<FlowMonitoringSurveyVersion> versions();

    /**
     * Records a survey. Throws {@link org.masar.geo.SiteNotFound}, {@link FlowMonitoringSiteRefused}, and
     * {@link org.masar.shared.InvalidFields} naming each field in error ({@code answers.origin-country},
     * {@code nationality}…); a refused survey writes nothing.
     */
    FlowMonitoringSurvey record(FlowMonitoringNewSurvey survey);
}
