package org.masar.assistance;

import org.jspecify.annotations.Nullable;

/**
 * What each beneficiary of a distribution receives: an item or a kit of the catalogue (one of the two), and how many.
 *
 * @param nameEn and {@code nameAr}: the item's or kit's names (empty in a draft)
 */
public record DistributionItem(
        @Nullable String item, @Nullable String kit, int quantity, String nameEn, String nameAr) {

    /** A line of a plan, before the catalogue names it. */
    public static DistributionItem of(@Nullable String item, @Nullable String kit, int quantity) {
        return new DistributionItem(item, kit, quantity, "", "");
    }

    /** The item's or kit's code. */
    public String code() {
        return item != null ? item : String.valueOf(kit);
    }
}
