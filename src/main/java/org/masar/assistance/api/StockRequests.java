package org.masar.assistance.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies the stock API accepts; quantities are whole units of the item (or whole kits). */
final class StockRequests {

    private StockRequests() {}

    /** Stock received into a warehouse from a donor under a project. */
    record ReceiptRequest(
            @Nullable UUID warehouse,
            @Nullable String item,
            @Nullable Long quantity,
            @Nullable String donor,
            @Nullable String project) {}

    /** Stock moved between warehouses. */
    record TransferRequest(
            @Nullable UUID from,
            @Nullable UUID to,
            @Nullable String item,
            @Nullable Long quantity) {}

    /** Stock dispatched to a distribution: an item or a kit. */
    record DispatchRequest(
            @Nullable UUID warehouse,
            @Nullable String item,
            @Nullable String kit,
            @Nullable Long quantity,
            @Nullable String distribution) {}

    /** Stock lost, with the reason. */
    record LossRequest(
            @Nullable UUID warehouse,
            @Nullable String item,
            @Nullable Long quantity,
            @Nullable String reason) {}
}
