package org.masar.cases;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A case's assessment: answers to one version of its type's questionnaire, kept with the version they answered. Read
 * only by readers of the case (its row follows the case's visibility in the database too).
 *
 * @param versionNumber the number of the questionnaire version answered
 * @param answers an object of answers by question id
 */
public record CaseAssessment(
        UUID id, UUID versionId, int versionNumber, JsonNode answers, Instant assessedAt, String assessedBy) {}
