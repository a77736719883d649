package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the ledger, as the stock card shows it.
 *
 * @param id the movement's id
 * @param operation the step it belongs to (a transfer's two legs, a kit's lines share it)
 * @param kind RECEIPT, TRANSFER_OUT, TRANSFER_IN, DISPATCH or LOSS
 * @param item the item's code
 * @param quantity how much moved (positive; the kind says which way)
 * @param balanceAfter the warehouse's balance of the item right after it (the running balance)
 * @param otherWarehouse the other warehouse of a transfer
 * @param kit the kit dispatched, when the line is part of one
 * @param donor who gave it (receipts)
 * @param project under which project (receipts)
 * @param distribution the distribution it went to (dispatches)
 * @param reason why (losses)
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record StockMovement(
        UUID id,
        UUID operation,
        String kind,
        String item,
        long quantity,
        long balanceAfter,
        @Nullable UUID otherWarehouse,
        @Nullable String kit,
        @Nullable String donor,
        @Nullable String project,
        @Nullable String distribution,
        @Nullable String reason,
        Instant recordedAt,
        String recordedBy) {

    /** The signed change: positive for what came in, negative for what went out. */
    public long change() {
        return kind.equals("RECEIPT") || kind.equals("TRANSFER_IN") ? quantity : -quantity;
    }
}
