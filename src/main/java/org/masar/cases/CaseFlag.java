package org.masar.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A flag every reader of the case sees ("do not contact the family"), until removed with a reason. */
public record CaseFlag(UUID id, String message, LocalDate date, Instant flaggedAt, String flaggedBy) {}
