package org.masar.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonId;
import tools.jackson.databind.JsonNode;

/**
 * What an interviewer records for a sampled person.
 *
 * @param outcome {@code interviewed} (with answers), {@code not-reached} or {@code refused} (with the reason)
 * @param interviewedOn the day, today when not given
 */
public record MonitoringNewInterview(
        @Nullable PersonId person,
        @Nullable String outcome,
        @Nullable JsonNode answers,
        @Nullable String reason,
        @Nullable LocalDate interviewedOn) {}
