package org.masar.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.UserId;

/**
 * A hand-over of a case, pending until its receiver accepts or declines it or its sender cancels it.
 *
 * @param status {@code pending}, {@code accepted}, {@code declined} or {@code cancelled}
 */
public record CaseTransfer(
        UUID id,
        @Nullable UserId fromUser,
        OfficeId fromOffice,
        @Nullable UserId toUser,
        OfficeId toOffice,
        String reason,
        Instant requestedAt,
        String requestedBy,
        String status,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String declineReason) {}
