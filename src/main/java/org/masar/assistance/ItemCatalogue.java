package org.masar.assistance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of items and kits, as data. Reads need {@code assistance:read}; changes need
 * {@code assistance:manage-catalogue} and are audited. Items and kits are withdrawn ({@code active = false}), never
 * deleted, because the stock ledger names them.
 */
public interface ItemCatalogue {

    /** Every item, by code. */
    List<Item> items();

    /** An item by its code; throws {@link ItemNotFound}. */
    Item item(String code);

    /** Every kit with its contents, by code. */
    List<Kit> kits();

    /** A kit by its code; throws {@link KitNotFound}. */
    Kit kit(String code);

    /**
     * Adds an item, or changes the one with this code (names, unit, active).
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold
     */
    Item saveItem(String code, @Nullable String nameEn, @Nullable String nameAr, @Nullable String unit, boolean active);

    /**
     * Adds a kit, or changes the one with this code; its contents are replaced by those given.
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold (an unknown item among them)
     */
    Kit saveKit(
            String code, @Nullable String nameEn, @Nullable String nameAr, boolean active, List<KitContent> contents);
}
