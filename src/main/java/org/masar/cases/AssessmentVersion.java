package org.masar.cases;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One published version of a case type's assessment questionnaire; versions never change once published.
 *
 * @param number 1 for the type's first version
 * @param definition the questionnaire as data (title and questions, labels in Arabic and English)
 */
public record AssessmentVersion(
        UUID id, String caseType, int number, JsonNode definition, Instant publishedAt, String publishedBy) {}
