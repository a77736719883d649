package org.masar.assistance;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment list of a cycle: drafted by a cash officer, submitted for approval (then locked), approved by another user.
 *
 * @param status {@code draft}, {@code pending} (submitted: locked until decided) or {@code approved}
 * @param version changes with every change of its transfers; an approval is for the version submitted
 * @param approval the approval requested when it was submitted (the latest), if any
 * @param totals the live transfers' amounts added up per currency
 */
public record PaymentList(
        PaymentListId id,
        CashCycleId cycle,
        String cycleName,
        String name,
        String status,
        int version,
        @Nullable String approval,
        Instant createdAt,
        String createdBy,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy,
        @Nullable Instant approvedAt,
        @Nullable String approvedBy,
        long transfers,
        List<Total> totals) {

    /** The live transfers in one currency: how many, and their amounts added up. */
    public record Total(String currency, long transfers, java.math.BigDecimal amount) {}
}
