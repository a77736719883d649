package org.masar.assistance.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stock in the main menu, for readers of assistance. */
@Configuration(proxyBeanMethods = false)
class StockMenu {

    @Bean
    MenuEntry assistanceStockMenuEntry() {
        return new MenuEntry("assistance.stock.menu", "/assistance/stock", "assistance:read", 80);
    }
}
