package org.masar.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Item;
import org.masar.assistance.ItemCatalogue;
import org.masar.assistance.ItemNotFound;
import org.masar.assistance.Kit;
import org.masar.assistance.KitContent;
import org.masar.assistance.KitNotFound;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Items and kits as data: the migration seeds the mission's, logistics officers and programme managers add more. */
@Service
class CatalogueItems implements ItemCatalogue {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final Set<String> UNITS = Set.of("piece", "pair", "set", "pack", "box", "kg", "litre", "basket");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueItems(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<Item> items() {
        return jdbc.sql("SELECT code, name_en, name_ar, unit, active FROM assistance_item ORDER BY code")
                .query((row, n) -> new Item(
                        row.getString("code"),
                        row.getString("name_en"),
                        row.getString("name_ar"),
                        row.getString("unit"),
                        row.getBoolean("active")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public Item item(String code) {
        return findItem(code).orElseThrow(() -> new ItemNotFound(code));
    }

    java.util.Optional<Item> findItem(String code) {
        return jdbc.sql("SELECT code, name_en, name_ar, unit, active FROM assistance_item WHERE code = :code")
                .param("code", code)
                .query((row, n) -> new Item(
                        row.getString("code"),
                        row.getString("name_en"),
                        row.getString("name_ar"),
                        row.getString("unit"),
                        row.getBoolean("active")))
                .optional();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<Kit> kits() {
        return kitList(null);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public Kit kit(String code) {
        return findKit(code).orElseThrow(() -> new KitNotFound(code));
    }

    java.util.Optional<Kit> findKit(String code) {
        return kitList(code).stream().findFirst();
    }

    private List<Kit> kitList(@Nullable String only) {
        record Head(String code, String en, String ar, boolean active) {}
        Map<String, Head> heads = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT code, name_en, name_ar, active FROM assistance_kit
                         WHERE CAST(:only AS text) IS NULL OR code = CAST(:only AS text) ORDER BY code
                        """)
                .param("only", only)
                .query((row, n) -> new Head(
                        row.getString("code"),
                        row.getString("name_en"),
                        row.getString("name_ar"),
                        row.getBoolean("active")))
                .list()
                .forEach(head -> heads.put(head.code(), head));
        Map<String, List<KitContent>> contents = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT k.code AS kit, i.code AS item, c.quantity
                          FROM assistance_kit_content c
                          JOIN assistance_kit k ON k.id = c.kit_id
                          JOIN assistance_item i ON i.id = c.item_id
                         WHERE CAST(:only AS text) IS NULL OR k.code = CAST(:only AS text)
                         ORDER BY k.code, i.code
                        """)
                .param("only", only)
                .query((row, n) -> {
                    contents.computeIfAbsent(row.getString("kit"), kit -> new ArrayList<>())
                            .add(new KitContent(row.getString("item"), row.getInt("quantity")));
                    return 0;
                })
                .list();
        List<Kit> kits = new ArrayList<>();
        for (Head head : heads.values()) {
            kits.add(new Kit(
                    head.code(), head.en(), head.ar(), head.active(), contents.getOrDefault(head.code(), List.of())));
        }
        return kits;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-catalogue')")
    @Transactional
    public Item saveItem(
            String code, @Nullable String nameEn, @Nullable String nameAr, @Nullable String unit, boolean active) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkCode(code, errors);
        checkName("nameEn", nameEn, errors);
        checkName("nameAr", nameAr, errors);
        if (unit == null || !UNITS.contains(unit)) {
            errors.add(new InvalidFields.Field("unit", "assistance.stock.error.unit"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        boolean existed = findItem(code).isPresent();
        jdbc.sql("""
                        INSERT INTO assistance_item (id, code, name_en, name_ar, unit, active, created_at, created_by,
                                                     updated_at, updated_by)
                        VALUES (:id, :code, :en, :ar, :unit, :active, :at, :by, :at, :by)
                        ON CONFLICT (code) DO UPDATE SET name_en = :en, name_ar = :ar, unit = :unit, active = :active,
                                                         updated_at = :at, updated_by = :by
                        """)
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("en", String.valueOf(nameEn).strip())
                .param("ar", String.valueOf(nameAr).strip())
                .param("unit", unit)
                .param("active", active)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", Actor.current().name())
                .update();
        audit.record(
                AuditEvent.of(existed ? "assistance.item.changed" : "assistance.item.added", "assistance-item", code)
                        .with("active", active));
        return item(code);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-catalogue')")
    @Transactional
    public Kit saveKit(
            String code, @Nullable String nameEn, @Nullable String nameAr, boolean active, List<KitContent> contents) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkCode(code, errors);
        checkName("nameEn", nameEn, errors);
        checkName("nameAr", nameAr, errors);
        if (contents.isEmpty()) {
            errors.add(new InvalidFields.Field("contents", "assistance.stock.error.required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contents.size(); i++) {
            KitContent line = contents.get(i);
            if (findItem(line.item()).isEmpty()) {
                errors.add(new InvalidFields.Field("contents[" + i + "].item", "assistance.stock.error.unknown-item"));
            } else if (!seen.add(line.item())) {
                errors.add(new InvalidFields.Field("contents[" + i + "].item", "assistance.stock.error.duplicate"));
            }
            if (line.quantity() < 1 || line.quantity() > 10_000) {
                errors.add(new InvalidFields.Field("contents[" + i + "].quantity", "assistance.stock.error.quantity"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        boolean existed = findKit(code).isPresent();
        Timestamp at = Timestamp.from(clock.instant());
        UUID id = jdbc.sql("""
                        INSERT INTO assistance_kit (id, code, name_en, name_ar, active, created_at, created_by,
                                                    updated_at, updated_by)
                        VALUES (:id, :code, :en, :ar, :active, :at, :by, :at, :by)
                        ON CONFLICT (code) DO UPDATE SET name_en = :en, name_ar = :ar, active = :active,
                                                         updated_at = :at, updated_by = :by
                        RETURNING id
                        """)
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("en", String.valueOf(nameEn).strip())
                .param("ar", String.valueOf(nameAr).strip())
                .param("active", active)
                .param("at", at)
                .param("by", Actor.current().name())
                .query(UUID.class)
                .single();
        jdbc.sql("DELETE FROM assistance_kit_content WHERE kit_id = :id")
                .param("id", id)
                .update();
        for (KitContent line : contents) {
            jdbc.sql("""
                            INSERT INTO assistance_kit_content (kit_id, item_id, quantity)
                            SELECT :kit, id, :quantity FROM assistance_item WHERE code = :item
                            """)
                    .param("kit", id)
                    .param("quantity", line.quantity())
                    .param("item", line.item())
                    .update();
        }
        audit.record(AuditEvent.of(existed ? "assistance.kit.changed" : "assistance.kit.added", "assistance-kit", code)
                .with("lines", contents.size()));
        return kit(code);
    }

    private static void checkCode(String code, List<InvalidFields.Field> errors) {
        if (!CODE.matcher(code).matches()) {
            errors.add(new InvalidFields.Field("code", "assistance.stock.error.code"));
        }
    }

    private static void checkName(String field, @Nullable String name, List<InvalidFields.Field> errors) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.add(new InvalidFields.Field(field, "assistance.stock.error.name"));
        }
    }
}
