package org.masar.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;

/**
 * A task on a case, as its readers see it.
 *
 * @param dueOn the mission's day (Libya's time) it is due
 * @param overdue open, and its day has passed in Africa/Tripoli
 * @param closedAt when it was done or cancelled
 * @param closedBy who did or cancelled it
 * @param version the version a change must name (a stale one is a 409)
 */
public record CaseTask(
        CaseTaskId id,
        CaseId caseId,
        String caseNumber,
        String title,
        LocalDate dueOn,
        UserId assignedTo,
        CaseTaskStatus status,
        boolean overdue,
        Instant createdAt,
        String createdBy,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        @Nullable String cancelReason,
        int version) {}
