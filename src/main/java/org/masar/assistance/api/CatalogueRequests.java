package org.masar.assistance.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies the catalogue's API accepts. */
final class CatalogueRequests {

    private CatalogueRequests() {}

    /** An item's names, unit and whether it is in use. */
    record ItemRequest(
            @Nullable String nameEn,
            @Nullable String nameAr,
            @Nullable String unit,
            @Nullable Boolean active) {}

    /** A kit's names, whether it is in use, and its contents. */
    record KitRequest(
            @Nullable String nameEn,
            @Nullable String nameAr,
            @Nullable Boolean active,
            @Nullable List<@Nullable ContentRequest> contents) {}

    /** One line of a kit. */
    record ContentRequest(@Nullable String item, @Nullable Integer quantity) {}
}
