package org.masar.assistance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.masar.assistance.ItemCatalogue;
import org.masar.assistance.Stock;
import org.masar.assistance.StockMovement;
import org.masar.assistance.Warehouse;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.InvalidFields;
import org.masar.shared.NotFoundException;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Phone-sized stock pages: the warehouses, a warehouse's balances with the forms to receive, transfer and record a
 * loss, and the stock card of an item.
 */
@Controller
@RequestMapping("/assistance/stock")
class StockPages {

    private final Stock stock;
    private final ItemCatalogue catalogue;
    private final Sites sites;
    private final MessageSource messages;

    StockPages(Stock stock, ItemCatalogue catalogue, Sites sites, MessageSource messages) {
        this.stock = stock;
        this.catalogue = catalogue;
        this.sites = sites;
        this.messages = messages;
    }

    /** The labels of movement kinds and units, by their code, in the user's language. */
    static Map<String, String> labels(MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new HashMap<>();
        for (String kind : List.of("RECEIPT", "TRANSFER_OUT", "TRANSFER_IN", "DISPATCH", "LOSS")) {
            labels.put(kind, messages.getMessage("assistance.stock.kind." + kind, null, kind, locale));
        }
        for (String unit : List.of("piece", "pair", "set", "pack", "box", "kg", "litre", "basket")) {
            labels.put(unit, messages.getMessage("assistance.stock.unit." + unit, null, unit, locale));
        }
        return labels;
    }

    /** A warehouse as a page lists it. */
    record WarehouseRow(UUID id, String code, String name) {}

    @GetMapping
    String index(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "warehouses",
                stock.warehouses().stream()
                        .map(w -> new WarehouseRow(w.id().value(), w.code(), name(w, locale)))
                        .toList());
        boolean writer = may("assistance:manage-stock");
        model.addAttribute("writer", writer);
        model.addAttribute("sites", writer && may("geo:read") ? warehouseSites(locale) : List.of());
        model.addAttribute(
                "items", catalogue.items().stream().filter(i -> i.active()).toList());
        return "assistance/stock/index";
    }

    @GetMapping("/{warehouse}")
    String warehouse(@PathVariable SiteId warehouse, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Warehouse found = stock.warehouse(warehouse);
        model.addAttribute("warehouse", new WarehouseRow(found.id().value(), found.code(), name(found, locale)));
        model.addAttribute("balances", stock.balances(warehouse));
        model.addAttribute("labels", labels(messages));
        boolean writer = may("assistance:manage-stock");
        model.addAttribute("writer", writer);
        model.addAttribute(
                "others",
                writer && may("geo:read")
                        ? warehouseSites(locale).stream()
                                .filter(row -> !row.id().equals(warehouse.value()))
                                .toList()
                        : List.of());
        model.addAttribute(
                "items", catalogue.items().stream().filter(i -> i.active()).toList());
        return "assistance/stock/warehouse";
    }

    @GetMapping("/{warehouse}/items/{item}")
    String card(
            @PathVariable SiteId warehouse,
            @PathVariable String item,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Warehouse found = stock.warehouse(warehouse);
        PageJson<StockMovement> card = stock.card(warehouse, item, new Paging(page, 25));
        var known = catalogue.item(item);
        model.addAttribute("warehouse", new WarehouseRow(found.id().value(), found.code(), name(found, locale)));
        model.addAttribute("item", known);
        model.addAttribute("itemName", "ar".equals(locale.getLanguage()) ? known.nameAr() : known.nameEn());
        model.addAttribute("card", card);
        model.addAttribute("labels", labels(messages));
        return "assistance/stock/card";
    }

    @PostMapping("/receive")
    String receive(
            @RequestParam(defaultValue = "") String warehouse,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "0") long quantity,
            @RequestParam(defaultValue = "") String donor,
            @RequestParam(defaultValue = "") String project,
            RedirectAttributes redirect) {
        SiteId site = site(warehouse);
        return step(
                site, "/assistance/stock/" + site, redirect, () -> stock.receive(site, item, quantity, donor, project));
    }

    @PostMapping("/{warehouse}/transfer")
    String transfer(
            @PathVariable SiteId warehouse,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "0") long quantity,
            RedirectAttributes redirect) {
        return step(
                warehouse,
                "/assistance/stock/" + warehouse,
                redirect,
                () -> stock.transfer(warehouse, site(to), item, quantity));
    }

    @PostMapping("/{warehouse}/loss")
    String loss(
            @PathVariable SiteId warehouse,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "0") long quantity,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(
                warehouse,
                "/assistance/stock/" + warehouse,
                redirect,
                () -> stock.lose(warehouse, item, quantity, reason));
    }

    private String step(SiteId warehouse, String back, RedirectAttributes redirect, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("flash", "assistance.stock.saved");
        } catch (InvalidFields refused) {
            redirect.addFlashAttribute("problemCode", "validation");
        } catch (NotFoundException missing) {
            if (missing.code().equals("assistance.warehouse-not-found") && back.endsWith(warehouse.toString())) {
                redirect.addFlashAttribute("problemCode", missing.code());
                return "redirect:/assistance/stock";
            }
            redirect.addFlashAttribute("problemCode", missing.code());
        } catch (ProblemException refused) {
            if (refused.status().is4xxClientError() && refused.status().value() != 403) {
                redirect.addFlashAttribute("problemCode", refused.code());
            } else {
                throw refused;
            }
        }
        return "redirect:" + back;
    }

    private List<WarehouseRow> warehouseSites(Locale locale) {
        List<Site> found = sites.search(new SiteFilter(SiteType.WAREHOUSE, null, null, true), new Paging(0, 200))
                .items();
        return found.stream()
                .map(s -> new WarehouseRow(s.id().value(), s.code(), s.name(locale)))
                .toList();
    }

    private static SiteId site(String text) {
        try {
            return new SiteId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFields(List.of(new InvalidFields.Field("warehouse", "assistance.stock.error.required")));
        }
    }

    private static String name(Warehouse warehouse, Locale locale) {
        return "ar".equals(locale.getLanguage()) ? warehouse.nameAr() : warehouse.nameEn();
    }

    private static boolean may(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
