package org.masar.dtm;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One version of the flow-monitoring survey.
 *
 * @param id its id
 * @param number 1, 2… in order of publication
 * @param definition the questions, as published
 * @param answerSchema the JSON Schema (2020-12) answers to this version must fit
 * @param publishedAt when it was published
 */
public record FlowMonitoringSurveyVersion(
        UUID id, int number, JsonNode definition, JsonNode answerSchema, Instant publishedAt) {}
