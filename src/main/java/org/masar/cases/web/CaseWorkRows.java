package org.masar.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the work pages show of a task, a note, a service and a document: labels resolved, ids as text. */
final class CaseWorkRows {

    private CaseWorkRows() {}

    /** A task; {@code open} offers its done and cancel forms. */
    record TaskRow(
            String id,
            String caseId,
            String caseNumber,
            String title,
            LocalDate dueOn,
            String assigneeId,
            String assignee,
            String statusLabel,
            boolean open,
            boolean overdue,
            @Nullable String cancelReason,
            int version) {}

    /** A note; a superseded one (corrected) is shown struck through, never hidden. */
    record NoteRow(
            String id,
            boolean restricted,
            String text,
            boolean correction,
            boolean corrected,
            Instant writtenAt,
            String writtenBy) {}

    /** A service of the plan; {@code planned} offers its deliver and cancel forms. */
    record PlanRow(
            String id,
            String serviceLabel,
            @Nullable String details,
            String statusLabel,
            boolean planned,
            @Nullable String deliveredByLabel,
            @Nullable Instant decidedAt,
            @Nullable String cancelReason) {}

    /** A document; a deleted one is listed with its reason, without a link. */
    record DocumentRow(
            String id,
            String fileName,
            String mediaType,
            long kilobytes,
            @Nullable String description,
            Instant uploadedAt,
            String uploadedBy,
            boolean deleted,
            @Nullable String deleteReason) {}
}
