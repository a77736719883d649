package org.masar.assistance;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Stock per warehouse: an append-only ledger of movements and a balance per (warehouse, item) that PostgreSQL keeps
 * from going negative, whatever the number of nodes dispatching at once. Writes need {@code assistance:manage-stock},
 * are audited, and answer the movements they wrote; reads need {@code assistance:read}.
 *
 * <p>Every write throws {@link WarehouseNotFound} for an unknown site, {@link org.masar.shared.InvalidFields} for a
 * site that is not a warehouse or bad input, {@link ItemNotFound}/{@link KitNotFound}, and {@link StockInsufficient}
 * when the balance does not cover what leaves — in which case nothing of the step was written.
 */
public interface Stock {

    /** Stock received from a donor (free text) under a project (free text). */
    List<StockMovement> receive(
            SiteId warehouse, String item, long quantity, @Nullable String donor, @Nullable String project);

    /** Stock moved from one warehouse to another: both legs in one transaction. */
    List<StockMovement> transfer(SiteId from, SiteId to, String item, long quantity);

    /**
     * Stock dispatched to a distribution (its reference, kept for later). Exactly one of {@code item} and {@code kit}:
     * a kit dispatches its contents, times {@code quantity}, and needs every one of them.
     */
    List<StockMovement> dispatch(
            SiteId warehouse,
            @Nullable String item,
            @Nullable String kit,
            long quantity,
            @Nullable String distribution);

    /** Stock lost (damaged, expired, stolen), with the reason. */
    List<StockMovement> lose(SiteId warehouse, String item, long quantity, @Nullable String reason);

    /** The warehouses stock was ever recorded in, by code. */
    List<Warehouse> warehouses();

    /** A warehouse stock was recorded in; throws {@link WarehouseNotFound}. */
    Warehouse warehouse(SiteId id);

    /** The balances of a warehouse, by item code. */
    List<StockBalance> balances(SiteId warehouse);

    /** The stock card of an item in a warehouse: its movements oldest first with the running balance, one page. */
    PageJson<StockMovement> card(SiteId warehouse, String item, Paging paging);

    /** The movements a step wrote (its operation id). */
    List<StockMovement> operation(UUID operation);
}
