package org.masar.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonId;
import tools.jackson.databind.JsonNode;

/**
 * A sampled person's outcome: their answers with the questionnaire version they answered, or why they were not
 * interviewed; who recorded it (the interviewer) and when.
 */
public record MonitoringInterview(
        UUID id,
        UUID survey,
        PersonId person,
        String outcome,
        @Nullable Integer questionnaire,
        @Nullable JsonNode answers,
        @Nullable String reason,
        LocalDate interviewedOn,
        Instant recordedAt,
        String recordedBy) {}
