package org.masar.people;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One published version of a screening questionnaire. Versions are never changed: answers given against one are read
 * with it.
 *
 * @param questionnaire the questionnaire's code ({@value Screenings#VULNERABILITY})
 * @param number 1 for the first version, counting up
 * @param definition the questions, their answer types, and the flags and priority each answer sets
 * @param answerSchema the JSON Schema (2020-12) the answers to this version must fit, derived from the definition
 */
public record ScreeningVersion(
        ScreeningVersionId id,
        String questionnaire,
        int number,
        JsonNode definition,
        JsonNode answerSchema,
        Instant publishedAt,
        String publishedBy) {}
