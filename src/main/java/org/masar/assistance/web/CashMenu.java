package org.masar.assistance.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cash and vouchers in the main menu, for readers of assistance. */
@Configuration(proxyBeanMethods = false)
class CashMenu {

    @Bean
    MenuEntry assistanceCashMenuEntry() {
        return new MenuEntry("assistance.cash.menu", "/assistance/cash", "assistance:read", 81);
    }
}
