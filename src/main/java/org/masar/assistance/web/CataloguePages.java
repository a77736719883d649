package org.masar.assistance.web;

import org.masar.assistance.ItemCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The catalogue of items and kits, with each kit's contents. */
@Controller
@RequestMapping("/assistance/catalogue")
class CataloguePages {

    private final ItemCatalogue catalogue;
    private final MessageSource messages;

    CataloguePages(ItemCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String catalogue(Model model) {
        model.addAttribute("items", catalogue.items());
        model.addAttribute("kits", catalogue.kits());
        model.addAttribute("labels", StockPages.labels(messages));
        return "assistance/stock/catalogue";
    }
}
