package org.masar.cases.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseDetails;
import org.masar.cases.CaseEvent;
import org.masar.cases.CaseFlag;
import org.masar.cases.CaseTransfer;

/** A case as the API answers it: public ids and codes only; {@code version} is what the next write must carry. */
record CaseJson(
        String id,
        String caseNumber,
        String caseType,
        String person,
        @Nullable String household,
        String office,
        @Nullable String baladiya,
        @Nullable String assignedTo,
        String sensitivity,
        String status,
        String stage,
        String openedAt,
        String openedBy,
        @Nullable String closedAt,
        @Nullable String closureReason,
        @Nullable String pendingApproval,
        @Nullable String pendingStage,
        String updatedAt,
        int version,
        List<FlagJson> flags,
        @Nullable TransferJson pendingTransfer,
        List<EventJson> history) {

    record FlagJson(String id, String message, String date, String flaggedAt, String flaggedBy) {}

    record TransferJson(
            String id,
            @Nullable String fromUser,
            String fromOffice,
            @Nullable String toUser,
            String toOffice,
            String reason,
            String requestedAt,
            String requestedBy,
            String status) {}

    record EventJson(
            String occurredAt,
            String actor,
            String kind,
            @Nullable String fromStage,
            @Nullable String toStage,
            @Nullable String status,
            @Nullable String reason) {}

    static CaseJson of(CaseDetails c) {
        CaseTransfer t = c.pendingTransfer();
        return new CaseJson(
                c.id().toString(),
                c.caseNumber(),
                c.caseType(),
                c.person().toString(),
                c.household() == null ? null : c.household().toString(),
                c.office().toString(),
                c.baladiya(),
                c.assignedTo() == null ? null : c.assignedTo().toString(),
                c.sensitivity().name(),
                c.status(),
                c.stage(),
                c.openedAt().toString(),
                c.openedBy(),
                c.closedAt() == null ? null : c.closedAt().toString(),
                c.closureReason(),
                c.pendingApproval() == null ? null : c.pendingApproval().toString(),
                c.pendingStage(),
                c.updatedAt().toString(),
                c.version(),
                c.flags().stream().map(CaseJson::flag).toList(),
                t == null
                        ? null
                        : new TransferJson(
                                t.id().toString(),
                                t.fromUser() == null ? null : t.fromUser().toString(),
                                t.fromOffice().toString(),
                                t.toUser() == null ? null : t.toUser().toString(),
                                t.toOffice().toString(),
                                t.reason(),
                                t.requestedAt().toString(),
                                t.requestedBy(),
                                t.status()),
                c.history().stream().map(CaseJson::event).toList());
    }

    private static FlagJson flag(CaseFlag f) {
        return new FlagJson(
                f.id().toString(),
                f.message(),
                f.date().toString(),
                f.flaggedAt().toString(),
                f.flaggedBy());
    }

    private static EventJson event(CaseEvent e) {
        return new EventJson(
                e.occurredAt().toString(), e.actor(), e.kind(), e.fromStage(), e.toStage(), e.status(), e.reason());
    }
}
