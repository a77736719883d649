package org.masar.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Item;
import org.masar.assistance.ItemNotFound;
import org.masar.assistance.Kit;
import org.masar.assistance.KitContent;
import org.masar.assistance.KitNotFound;
import org.masar.assistance.Stock;
import org.masar.assistance.StockBalance;
import org.masar.assistance.StockInsufficient;
import org.masar.assistance.StockMovement;
import org.masar.assistance.Warehouse;
import org.masar.assistance.WarehouseNotFound;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock ledger. Balances change only through single SQL statements: what comes in is added with an upsert, what
 * leaves is taken with {@code UPDATE … SET quantity = quantity - :n WHERE … AND quantity >= :n}, which PostgreSQL
 * evaluates under the row's lock — so concurrent dispatches from any number of nodes serialise on the row, and one
 * that the balance no longer covers updates nothing and rolls its whole step back (the CHECK is the last guard).
 * Several rows are locked in (warehouse, item) order, so that two steps never wait for each other.
 */
@Service
class StockService implements Stock {

    /** The largest quantity one step may move. */
    static final long MAX_QUANTITY = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final CatalogueItems catalogue;
    private final Sites sites;
    private final AuditTrail audit;
    private final Clock clock;

    StockService(JdbcClient jdbc, CatalogueItems catalogue, Sites sites, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
    }

    /** One balance change of a step, before it is applied. */
    private record Line(
            UUID warehouse,
            UUID item,
            String itemCode,
            String kind,
            long quantity,
            @Nullable UUID other) {}

    /** What a step says besides its lines. */
    private record Details(
            @Nullable UUID kit,
            @Nullable String donor,
            @Nullable String project,
            @Nullable String distribution,
            @Nullable String reason) {}

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-stock')")
    @Transactional
    public List<StockMovement> receive(
            SiteId warehouse, String item, long quantity, @Nullable String donor, @Nullable String project) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkQuantity(quantity, errors);
        checkText("donor", donor, 200, false, errors);
        checkText("project", project, 200, false, errors);
        UUID site = warehouse(warehouse, "warehouse", errors);
        Item known = knownItem(item, "item", errors);
        failIf(errors);
        UUID operation = apply(
                List.of(new Line(site, itemId(known.code()), known.code(), "RECEIPT", quantity, null)),
                new Details(null, blankToNull(donor), blankToNull(project), null, null));
        audit.record(AuditEvent.of("assistance.stock.received", "assistance-stock", operation.toString())
                .with("warehouse", warehouse.toString())
                .with("item", known.code())
                .with("quantity", quantity));
        return operation(operation);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-stock')")
    @Transactional
    public List<StockMovement> transfer(SiteId from, SiteId to, String item, long quantity) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkQuantity(quantity, errors);
        UUID source = warehouse(from, "from", errors);
        UUID target = warehouse(to, "to", errors);
        if (from.equals(to)) {
            errors.add(new InvalidFields.Field("to", "assistance.stock.error.same-warehouse"));
        }
        Item known = knownItem(item, "item", errors);
        failIf(errors);
        UUID itemId = itemId(known.code());
        UUID operation = apply(
                List.of(
                        new Line(source, itemId, known.code(), "TRANSFER_OUT", quantity, target),
                        new Line(target, itemId, known.code(), "TRANSFER_IN", quantity, source)),
                new Details(null, null, null, null, null));
        audit.record(AuditEvent.of("assistance.stock.transferred", "assistance-stock", operation.toString())
                .with("from", from.toString())
                .with("to", to.toString())
                .with("item", known.code())
                .with("quantity", quantity));
        return operation(operation);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-stock')")
    @Transactional
    public List<StockMovement> dispatch(
            SiteId warehouse,
            @Nullable String item,
            @Nullable String kit,
            long quantity,
            @Nullable String distribution) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkQuantity(quantity, errors);
        checkText("distribution", distribution, 100, false, errors);
        UUID site = warehouse(warehouse, "warehouse", errors);
        List<Line> lines = new ArrayList<>();
        UUID kitId = null;
        if ((item == null || item.isBlank()) == (kit == null || kit.isBlank())) {
            errors.add(new InvalidFields.Field("item", "assistance.stock.error.item-or-kit"));
        } else if (item != null && !item.isBlank()) {
            Item known = knownItem(item, "item", errors);
            if (errors.isEmpty()) {
                lines.add(new Line(site, itemId(known.code()), known.code(), "DISPATCH", quantity, null));
            }
        } else {
            Optional<Kit> known = catalogue.findKit(String.valueOf(kit));
            if (known.isEmpty()) {
                throw new KitNotFound(String.valueOf(kit));
            }
            if (!known.get().active()) {
                errors.add(new InvalidFields.Field("kit", "assistance.stock.error.withdrawn"));
            }
            kitId = jdbc.sql("SELECT id FROM assistance_kit WHERE code = :code")
                    .param("code", known.get().code())
                    .query(UUID.class)
                    .single();
            if (errors.isEmpty()) {
                for (KitContent content : known.get().contents()) {
                    lines.add(new Line(
                            site,
                            itemId(content.item()),
                            content.item(),
                            "DISPATCH",
                            Math.multiplyExact(quantity, (long) content.quantity()),
                            null));
                }
            }
        }
        failIf(errors);
        UUID operation = apply(lines, new Details(kitId, null, null, blankToNull(distribution), null));
        audit.record(AuditEvent.of("assistance.stock.dispatched", "assistance-stock", operation.toString())
                .with("warehouse", warehouse.toString())
                .with(kit != null && !kit.isBlank() ? "kit" : "item", kit != null && !kit.isBlank() ? kit : item)
                .with("quantity", quantity));
        return operation(operation);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-stock')")
    @Transactional
    public List<StockMovement> lose(SiteId warehouse, String item, long quantity, @Nullable String reason) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkQuantity(quantity, errors);
        checkText("reason", reason, 500, true, errors);
        UUID site = warehouse(warehouse, "warehouse", errors);
        Item known = knownItem(item, "item", errors);
        failIf(errors);
        UUID operation = apply(
                List.of(new Line(site, itemId(known.code()), known.code(), "LOSS", quantity, null)),
                new Details(null, null, null, null, String.valueOf(reason).strip()));
        audit.record(AuditEvent.of("assistance.stock.lost", "assistance-stock", operation.toString())
                .with("warehouse", warehouse.toString())
                .with("item", known.code())
                .with("quantity", quantity));
        return operation(operation);
    }

    /**
     * Dispatches what one hand-over of a distribution gives (items, and kits by their contents) from its warehouse, in
     * the hand-over's transaction, naming the distribution on each movement. No manage-stock check: the hand-over's own
     * permission and scope were checked, and the hand-over is audited as such.
     *
     * @param operation the operation's id, chosen by the hand-over (which names it before it dispatches: see
     *     {@code HandoverRecorder})
     * @throws StockInsufficient when the warehouse cannot cover a line (the caller's whole step rolls back)
     */
    void dispatchForHandover(
            SiteId warehouse, List<org.masar.assistance.DistributionItem> items, String distribution, UUID operation) {
        List<Line> lines = new ArrayList<>();
        for (org.masar.assistance.DistributionItem line : items) {
            if (line.item() != null) {
                lines.add(new Line(
                        warehouse.value(), itemId(line.item()), line.item(), "DISPATCH", line.quantity(), null));
            } else {
                Kit kit = catalogue
                        .findKit(String.valueOf(line.kit()))
                        .orElseThrow(() -> new KitNotFound(String.valueOf(line.kit())));
                for (KitContent content : kit.contents()) {
                    lines.add(new Line(
                            warehouse.value(),
                            itemId(content.item()),
                            content.item(),
                            "DISPATCH",
                            Math.multiplyExact((long) line.quantity(), (long) content.quantity()),
                            null));
                }
            }
        }
        apply(lines, new Details(null, null, null, distribution, null), operation);
    }

    /** Applies the lines in (warehouse, item) order and appends their movements; answers the operation's id. */
    private UUID apply(List<Line> lines, Details details) {
        return apply(lines, details, UUID.randomUUID());
    }

    private UUID apply(List<Line> lines, Details details, UUID operation) {
        Timestamp at = Timestamp.from(clock.instant());
        String by = Actor.current().name();
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(Line::warehouse).thenComparing(Line::item));
        for (Line line : ordered) {
            boolean incoming = line.kind().equals("RECEIPT") || line.kind().equals("TRANSFER_IN");
            Optional<Long> after = incoming
                    ? Optional.of(jdbc.sql("""
                                    INSERT INTO assistance_stock_balance (warehouse_id, item_id, quantity, updated_at)
                                    VALUES (:warehouse, :item, :n, :at)
                                    ON CONFLICT (warehouse_id, item_id) DO UPDATE
                                       SET quantity = assistance_stock_balance.quantity + :n, updated_at = :at
                                    RETURNING quantity
                                    """)
                            .param("warehouse", line.warehouse())
                            .param("item", line.item())
                            .param("n", line.quantity())
                            .param("at", at)
                            .query(Long.class)
                            .single())
                    : jdbc.sql("""
                                    UPDATE assistance_stock_balance SET quantity = quantity - :n, updated_at = :at
                                     WHERE warehouse_id = :warehouse AND item_id = :item AND quantity >= :n
                                    RETURNING quantity
                                    """)
                            .param("warehouse", line.warehouse())
                            .param("item", line.item())
                            .param("n", line.quantity())
                            .param("at", at)
                            .query(Long.class)
                            .optional();
            if (after.isEmpty()) {
                throw new StockInsufficient(line.itemCode(), line.warehouse(), line.quantity());
            }
            jdbc.sql("""
                            INSERT INTO assistance_stock_movement
                                   (id, operation_id, warehouse_id, item_id, kind, quantity, balance_after,
                                    other_warehouse_id, kit_id, donor, project, distribution_ref, reason,
                                    recorded_at, recorded_by)
                            VALUES (:id, :operation, :warehouse, :item, :kind, :n, :after, :other, :kit, :donor,
                                    :project, :distribution, :reason, :at, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("operation", operation)
                    .param("warehouse", line.warehouse())
                    .param("item", line.item())
                    .param("kind", line.kind())
                    .param("n", line.quantity())
                    .param("after", after.get())
                    .param("other", line.other())
                    .param("kit", details.kit())
                    .param("donor", details.donor())
                    .param("project", details.project())
                    .param("distribution", details.distribution())
                    .param("reason", details.reason())
                    .param("at", at)
                    .param("by", by)
                    .update();
        }
        return operation;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        return jdbc.sql("SELECT site_id, code, name_en, name_ar FROM assistance_warehouse ORDER BY code")
                .query(WAREHOUSE)
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public Warehouse warehouse(SiteId id) {
        return jdbc.sql("SELECT site_id, code, name_en, name_ar FROM assistance_warehouse WHERE site_id = :id")
                .param("id", id.value())
                .query(WAREHOUSE)
                .optional()
                .orElseThrow(() -> new WarehouseNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<StockBalance> balances(SiteId warehouse) {
        warehouse(warehouse);
        return jdbc.sql("""
                        SELECT i.code, i.name_en, i.name_ar, i.unit, b.quantity
                          FROM assistance_stock_balance b JOIN assistance_item i ON i.id = b.item_id
                         WHERE b.warehouse_id = :warehouse ORDER BY i.code
                        """)
                .param("warehouse", warehouse.value())
                .query((row, n) -> new StockBalance(
                        row.getString("code"),
                        row.getString("name_en"),
                        row.getString("name_ar"),
                        row.getString("unit"),
                        row.getLong("quantity")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<StockMovement> card(SiteId warehouse, String item, Paging paging) {
        warehouse(warehouse);
        catalogue.findItem(item).orElseThrow(() -> new ItemNotFound(item));
        long total = jdbc.sql("""
                        SELECT count(*) FROM assistance_stock_movement m JOIN assistance_item i ON i.id = m.item_id
                         WHERE m.warehouse_id = :warehouse AND i.code = :item
                        """)
                .param("warehouse", warehouse.value())
                .param("item", item)
                .query(Long.class)
                .single();
        List<StockMovement> movements = jdbc.sql(
                        SELECT
                                + " WHERE m.warehouse_id = :warehouse AND i.code = :item ORDER BY m.seq LIMIT :limit OFFSET :offset")
                .param("warehouse", warehouse.value())
                .param("item", item)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(MOVEMENT)
                .list();
        return paging.page(movements, total);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<StockMovement> operation(UUID operation) {
        return jdbc.sql(SELECT + " WHERE m.operation_id = :operation ORDER BY m.seq")
                .param("operation", operation)
                .query(MOVEMENT)
                .list();
    }

    private static final String SELECT = """
            SELECT m.id, m.operation_id, m.kind, i.code AS item, m.quantity, m.balance_after, m.other_warehouse_id,
                   k.code AS kit, m.donor, m.project, m.distribution_ref, m.reason, m.recorded_at, m.recorded_by
              FROM assistance_stock_movement m
              JOIN assistance_item i ON i.id = m.item_id
              LEFT JOIN assistance_kit k ON k.id = m.kit_id
            """;

    private static final RowMapper<StockMovement> MOVEMENT = (row, n) -> new StockMovement(
            row.getObject("id", UUID.class),
            row.getObject("operation_id", UUID.class),
            row.getString("kind"),
            row.getString("item"),
            row.getLong("quantity"),
            row.getLong("balance_after"),
            row.getObject("other_warehouse_id", UUID.class),
            row.getString("kit"),
            row.getString("donor"),
            row.getString("project"),
            row.getString("distribution_ref"),
            row.getString("reason"),
            row.getTimestamp("recorded_at").toInstant(),
            row.getString("recorded_by"));

    private static final RowMapper<Warehouse> WAREHOUSE = (row, n) -> new Warehouse(
            new SiteId(row.getObject("site_id", UUID.class)),
            row.getString("code"),
            row.getString("name_en"),
            row.getString("name_ar"));

    /**
     * The site as a warehouse: 404 when no site has the id, a field error when it is not a warehouse or is out of use;
     * remembers its code and names for the pages.
     */
    private UUID warehouse(SiteId id, String field, List<InvalidFields.Field> errors) {
        Site site = sites.find(id).orElseThrow(() -> new WarehouseNotFound(id));
        if (site.type() != SiteType.WAREHOUSE) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.not-a-warehouse"));
        } else if (!site.active()) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.warehouse-inactive"));
        } else {
            jdbc.sql("""
                            INSERT INTO assistance_warehouse (site_id, code, name_en, name_ar)
                            VALUES (:id, :code, :en, :ar)
                            ON CONFLICT (site_id) DO UPDATE SET code = :code, name_en = :en, name_ar = :ar
                             WHERE (assistance_warehouse.code, assistance_warehouse.name_en,
                                    assistance_warehouse.name_ar) IS DISTINCT FROM (:code, :en, :ar)
                            """)
                    .param("id", site.id().value())
                    .param("code", site.code())
                    .param("en", site.nameEn())
                    .param("ar", site.nameAr())
                    .update();
        }
        return id.value();
    }

    private Item knownItem(String code, String field, List<InvalidFields.Field> errors) {
        Item item = catalogue.findItem(code).orElseThrow(() -> new ItemNotFound(code));
        if (!item.active()) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.withdrawn"));
        }
        return item;
    }

    private UUID itemId(String code) {
        return jdbc.sql("SELECT id FROM assistance_item WHERE code = :code")
                .param("code", code)
                .query(UUID.class)
                .single();
    }

    private static void checkQuantity(long quantity, List<InvalidFields.Field> errors) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            errors.add(new InvalidFields.Field("quantity", "assistance.stock.error.quantity"));
        }
    }

    private static void checkText(
            String field, @Nullable String text, int max, boolean required, List<InvalidFields.Field> errors) {
        if (required && (text == null || text.isBlank())) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.required"));
        } else if (text != null && text.strip().length() > max) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.too-long"));
        }
    }

    private static void failIf(List<InvalidFields.Field> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
