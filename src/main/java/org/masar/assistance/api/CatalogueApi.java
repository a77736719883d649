package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.masar.assistance.Item;
import org.masar.assistance.ItemCatalogue;
import org.masar.assistance.Kit;
import org.masar.assistance.KitContent;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of items and kits. */
@RestController
@RequestMapping(path = "/api/v1/assistance", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance catalogue", description = "Items and kits with their contents")
class CatalogueApi {

    private final ItemCatalogue catalogue;

    CatalogueApi(ItemCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/items")
    @Operation(summary = "Every item, with its names in English and Arabic and its unit (needs assistance:read)")
    List<Item> items() {
        return catalogue.items();
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "One item (needs assistance:read)")
    Item item(@PathVariable String code) {
        return catalogue.item(code);
    }

    @PutMapping(path = "/items/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds or changes an item (needs assistance:manage-catalogue)")
    Item saveItem(@PathVariable String code, @RequestBody CatalogueRequests.ItemRequest request) {
        return catalogue.saveItem(
                code, request.nameEn(), request.nameAr(), request.unit(), !Boolean.FALSE.equals(request.active()));
    }

    @GetMapping("/kits")
    @Operation(summary = "Every kit with its contents (needs assistance:read)")
    List<Kit> kits() {
        return catalogue.kits();
    }

    @GetMapping("/kits/{code}")
    @Operation(summary = "One kit with its contents (needs assistance:read)")
    Kit kit(@PathVariable String code) {
        return catalogue.kit(code);
    }

    @PutMapping(path = "/kits/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adds or changes a kit; its contents are replaced (needs assistance:manage-catalogue)")
    Kit saveKit(@PathVariable String code, @RequestBody CatalogueRequests.KitRequest request) {
        List<KitContent> contents = new ArrayList<>();
        if (request.contents() != null) {
            for (CatalogueRequests.ContentRequest line : request.contents()) {
                contents.add(new KitContent(
                        line == null || line.item() == null ? "" : line.item(),
                        line == null || line.quantity() == null ? 0 : line.quantity()));
            }
        }
        return catalogue.saveKit(
                code, request.nameEn(), request.nameAr(), !Boolean.FALSE.equals(request.active()), contents);
    }
}
