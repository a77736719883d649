package org.masar.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cash cycle: a round of payments under a programme and project, for a purpose, over a period, in a baladiya.
 *
 * @param transfers how many live transfers (not cancelled, not failed) its lists hold
 * @param total their amounts added up, per currency as {@code "LYD 1200.00"} joined by commas (empty when none)
 */
public record CashCycle(
        CashCycleId id,
        String name,
        String programme,
        @Nullable String project,
        String purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        String baladiya,
        Instant createdAt,
        String createdBy,
        long transfers,
        String total) {

    /** The purposes a cycle or a transfer may have. */
    public static final java.util.List<String> PURPOSES =
            java.util.List.of("shelter", "nfi", "medicines", "rent", "livelihood");

    /** The mechanisms a transfer may use; a voucher names its vendor. */
    public static final java.util.List<String> MECHANISMS =
            java.util.List.of("cash-in-hand", "mobile-money", "prepaid-card", "voucher");

    /** The statuses of a transfer, in their order. */
    public static final java.util.List<String> STATUSES =
            java.util.List.of("draft", "approved", "sent", "collected", "failed", "cancelled");

    /** A sum kept exact: amounts are numeric with two decimals. */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
