package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.Stock;
import org.masar.assistance.StockBalance;
import org.masar.assistance.StockMovement;
import org.masar.assistance.Warehouse;
import org.masar.geo.SiteId;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock per warehouse: receipts, transfers, dispatches and losses, balances and stock cards. */
@RestController
@RequestMapping(path = "/api/v1/assistance", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance stock", description = "The stock ledger of the warehouses (geo sites of type WAREHOUSE)")
class StockApi {

    private final Stock stock;

    StockApi(Stock stock) {
        this.stock = stock;
    }

    @GetMapping("/warehouses")
    @Operation(summary = "The warehouses stock was recorded in (needs assistance:read)")
    List<WarehouseJson> warehouses() {
        return stock.warehouses().stream().map(WarehouseJson::of).toList();
    }

    /** A warehouse as the API shows it. */
    record WarehouseJson(UUID id, String code, String nameEn, String nameAr) {

        static WarehouseJson of(Warehouse warehouse) {
            return new WarehouseJson(warehouse.id().value(), warehouse.code(), warehouse.nameEn(), warehouse.nameAr());
        }
    }

    @GetMapping("/warehouses/{warehouse}/balances")
    @Operation(summary = "The balances of a warehouse, by item (needs assistance:read)")
    List<StockBalance> balances(@PathVariable SiteId warehouse) {
        return stock.balances(warehouse);
    }

    @GetMapping("/warehouses/{warehouse}/items/{item}/card")
    @Operation(summary = "The stock card of an item in a warehouse: movements oldest first with the running balance")
    PageJson<StockMovement> card(
            @PathVariable SiteId warehouse,
            @PathVariable String item,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return stock.card(warehouse, item, new Paging(page, size));
    }

    @PostMapping(path = "/stock/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records stock received from a donor under a project (needs assistance:manage-stock)")
    List<StockMovement> receive(@RequestBody StockRequests.ReceiptRequest request) {
        Required required = new Required();
        SiteId warehouse = required.site("warehouse", request.warehouse());
        String item = required.text("item", request.item());
        long quantity = required.quantity(request.quantity());
        required.check();
        return stock.receive(warehouse, item, quantity, request.donor(), request.project());
    }

    @PostMapping(path = "/stock/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Moves stock between warehouses, both legs at once (needs assistance:manage-stock)")
    List<StockMovement> transfer(@RequestBody StockRequests.TransferRequest request) {
        Required required = new Required();
        SiteId from = required.site("from", request.from());
        SiteId to = required.site("to", request.to());
        String item = required.text("item", request.item());
        long quantity = required.quantity(request.quantity());
        required.check();
        return stock.transfer(from, to, item, quantity);
    }

    @PostMapping(path = "/stock/dispatches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Dispatches an item or a kit (its contents) to a distribution; 409 when the balance is short")
    List<StockMovement> dispatch(@RequestBody StockRequests.DispatchRequest request) {
        Required required = new Required();
        SiteId warehouse = required.site("warehouse", request.warehouse());
        long quantity = required.quantity(request.quantity());
        required.check();
        return stock.dispatch(warehouse, request.item(), request.kit(), quantity, request.distribution());
    }

    @PostMapping(path = "/stock/losses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records stock lost, with the reason (needs assistance:manage-stock)")
    List<StockMovement> lose(@RequestBody StockRequests.LossRequest request) {
        Required required = new Required();
        SiteId warehouse = required.site("warehouse", request.warehouse());
        String item = required.text("item", request.item());
        long quantity = required.quantity(request.quantity());
        required.check();
        return stock.lose(warehouse, item, quantity, request.reason());
    }

    /** Collects the missing fields of a body, to refuse them together. */
    private static final class Required {

        private final List<InvalidFields.Field> errors = new ArrayList<>();

        SiteId site(String field, @Nullable UUID id) {
            if (id == null) {
                errors.add(new InvalidFields.Field(field, "assistance.stock.error.required"));
                return new SiteId(new UUID(0, 0));
            }
            return new SiteId(id);
        }

        String text(String field, @Nullable String text) {
            if (text == null || text.isBlank()) {
                errors.add(new InvalidFields.Field(field, "assistance.stock.error.required"));
                return "";
            }
            return text.strip();
        }

        long quantity(@Nullable Long quantity) {
            if (quantity == null) {
                errors.add(new InvalidFields.Field("quantity", "assistance.stock.error.required"));
                return 0;
            }
            return quantity;
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors);
            }
        }
    }
}
