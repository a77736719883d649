package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A version of the PDM questionnaire: its definition and the JSON Schema its answers must fit. */
public record MonitoringQuestionnaire(
        UUID id, int number, JsonNode definition, JsonNode answerSchema, Instant publishedAt, String publishedBy) {}
