package org.masar.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseDocument;
import org.masar.cases.CaseNote;
import org.masar.cases.CaseTask;
import org.masar.cases.ServicePlanItem;
import org.masar.cases.ServicePlanService;

/** The JSON the work on a case (tasks, notes, service plan, documents) takes and gives; public ids only. */
final class CaseWorkJson {

    private CaseWorkJson() {}

    /**
     * A task to add.
     *
     * @param dueOn the mission's day it is due (yyyy-MM-dd)
     * @param assigneeId who does it (a user who may read the case); the caller when absent
     */
    record CaseWorkTaskRequest(
            @NotBlank(message = "{cases-work.invalid.title}")
            @Size(max = 200, message = "{cases-work.invalid.title}")
            @Nullable
            String title,

            @NotNull(message = "{cases-work.invalid.due-on}") @Nullable
            LocalDate dueOn,

            @Nullable UUID assigneeId) {}

    /**
     * A change to an open task, as of the version read.
     *
     * @param version the version the caller read (409 when another is stored)
     */
    record CaseWorkTaskChangeRequest(
            @NotBlank(message = "{cases-work.invalid.title}")
            @Size(max = 200, message = "{cases-work.invalid.title}")
            @Nullable
            String title,

            @NotNull(message = "{cases-work.invalid.due-on}") @Nullable
            LocalDate dueOn,

            @NotNull(message = "{cases-work.invalid.assignee}") @Nullable
            UUID assigneeId,

            @NotNull(message = "{cases-work.invalid.version}") @Nullable
            Integer version) {}

    /** Marks a task done, as of the version read. */
    record CaseWorkTaskCompletionRequest(
            @NotNull(message = "{cases-work.invalid.version}") @Nullable
            Integer version) {}

    /** Cancels a task with a reason, as of the version read. */
    record CaseWorkTaskCancellationRequest(
            @NotBlank(message = "{cases-work.invalid.reason}")
            @Size(max = 1000, message = "{cases-work.invalid.reason}")
            @Nullable
            String reason,

            @NotNull(message = "{cases-work.invalid.version}") @Nullable
            Integer version) {}

    /** A reason (cancelling a planned service, deleting a document). */
    record CaseWorkReasonRequest(
            @NotBlank(message = "{cases-work.invalid.reason}")
            @Size(max = 1000, message = "{cases-work.invalid.reason}")
            @Nullable
            String reason) {}

    /**
     * A note (or a correction of one).
     *
     * @param restricted seal it even though the case is not restricted
     */
    record CaseWorkNoteRequest(
            @NotBlank(message = "{cases-work.invalid.note}")
            @Size(max = 10000, message = "{cases-work.invalid.note}")
            @Nullable
            String text,

            @Nullable Boolean restricted) {

        boolean sealed() {
            return Boolean.TRUE.equals(restricted);
        }
    }

    /** A service to plan. */
    record CaseWorkPlanRequest(
            @NotNull(message = "{cases-work.invalid.service}") @Nullable
            ServicePlanService service,

            @Size(max = 500, message = "{cases-work.invalid.details}") @Nullable
            String details) {}

    /** A task. */
    record CaseWorkTaskJson(
            String id,
            String caseId,
            String caseNumber,
            String title,
            LocalDate dueOn,
            String assigneeId,
            String status,
            boolean overdue,
            Instant createdAt,
            String createdBy,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String cancelReason,
            int version) {

        static CaseWorkTaskJson of(CaseTask task) {
            return new CaseWorkTaskJson(
                    task.id().toString(),
                    task.caseId().toString(),
                    task.caseNumber(),
                    task.title(),
                    task.dueOn(),
                    task.assignedTo().toString(),
                    task.status().name(),
                    task.overdue(),
                    task.createdAt(),
                    task.createdBy(),
                    task.closedAt(),
                    task.closedBy(),
                    task.cancelReason(),
                    task.version());
        }
    }

    /** A note, its text opened for the reader. */
    record CaseWorkNoteJson(
            String id,
            String caseId,
            boolean restricted,
            String text,
            @Nullable String corrects,
            @Nullable String correctedBy,
            Instant writtenAt,
            String writtenBy) {

        static CaseWorkNoteJson of(CaseNote note) {
            return new CaseWorkNoteJson(
                    note.id().toString(),
                    note.caseId().toString(),
                    note.restricted(),
                    note.text(),
                    note.corrects() == null ? null : note.corrects().toString(),
                    note.correctedBy() == null ? null : note.correctedBy().toString(),
                    note.writtenAt(),
                    note.writtenBy());
        }
    }

    /** A service of the plan. */
    record CaseWorkPlanItemJson(
            String id,
            String caseId,
            String service,
            @Nullable String details,
            String status,
            Instant plannedAt,
            String plannedBy,
            @Nullable Instant deliveredAt,
            @Nullable String deliveredBy,
            @Nullable String deliveredByType,
            @Nullable String deliveredById,
            @Nullable Instant cancelledAt,
            @Nullable String cancelledBy,
            @Nullable String cancelReason) {

        static CaseWorkPlanItemJson of(ServicePlanItem item) {
            return new CaseWorkPlanItemJson(
                    item.id().toString(),
                    item.caseId().toString(),
                    item.service().name(),
                    item.details(),
                    item.status().name(),
                    item.plannedAt(),
                    item.plannedBy(),
                    item.deliveredAt(),
                    item.deliveredBy(),
                    item.deliveredByType(),
                    item.deliveredById() == null ? null : item.deliveredById().toString(),
                    item.cancelledAt(),
                    item.cancelledBy(),
                    item.cancelReason());
        }
    }

    /** A document, without its content (at {@code contentUrl}, for readers of the case). */
    record CaseWorkDocumentJson(
            String id,
            String caseId,
            String fileName,
            String mediaType,
            int sizeBytes,
            @Nullable String description,
            Instant uploadedAt,
            String uploadedBy,
            @Nullable Instant deletedAt,
            @Nullable String deletedBy,
            @Nullable String deleteReason,
            @Nullable String contentUrl) {

        static CaseWorkDocumentJson of(CaseDocument document) {
            return new CaseWorkDocumentJson(
                    document.id().toString(),
                    document.caseId().toString(),
                    document.fileName(),
                    document.mediaType(),
                    document.sizeBytes(),
                    document.description(),
                    document.uploadedAt(),
                    document.uploadedBy(),
                    document.deletedAt(),
                    document.deletedBy(),
                    document.deleteReason(),
                    document.deletedAt() != null
                            ? null
                            : "/api/v1/cases/" + document.caseId() + "/documents/" + document.id() + "/content");
        }
    }
}
