package org.masar.assistance.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assistance (services delivered and group activities) in the main menu, for its readers. */
@Configuration(proxyBeanMethods = false)
class ServicesMenu {

    @Bean
    MenuEntry assistanceMenuEntry() {
        return new MenuEntry("assistance.menu", "/assistance/services", "assistance:read", 78);
    }
}
