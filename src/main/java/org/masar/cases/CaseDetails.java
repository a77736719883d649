package org.masar.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * A case as its readers see it: where it stands, its current flags, its pending transfer and its history (newest
 * first).
 *
 * @param status {@code open}, {@code transferred}, {@code closed} or {@code merged}
 * @param pendingApproval the approvals command of a move waiting for a supervisor, if any
 * @param pendingStage the stage that move would reach
 * @param version what every write must carry (optimistic locking)
 */
public record CaseDetails(
        CaseId id,
        String caseNumber,
        String caseType,
        PersonId person,
        @Nullable HouseholdId household,
        OfficeId office,
        @Nullable String baladiya,
        @Nullable UserId assignedTo,
        Sensitivity sensitivity,
        String status,
        String stage,
        Instant openedAt,
        String openedBy,
        @Nullable Instant closedAt,
        @Nullable String closureReason,
        @Nullable UUID pendingApproval,
        @Nullable String pendingStage,
        Instant updatedAt,
        int version,
        List<CaseFlag> flags,
        @Nullable CaseTransfer pendingTransfer,
        List<CaseEvent> history) {

    public CaseDetails {
        flags = List.copyOf(flags);
        history = List.copyOf(history);
    }
}
