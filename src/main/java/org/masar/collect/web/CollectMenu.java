package org.masar.collect.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Field collection in the main menu: the forms for their managers, the collect passwords for field users. */
@Configuration(proxyBeanMethods = false)
class CollectMenu {

    @Bean
    MenuEntry collectFormsMenuEntry() {
        return new MenuEntry("collect.menu.forms", "/collect/forms", "collect:manage-forms", 560);
    }

    @Bean
    MenuEntry collectPasswordsMenuEntry() {
        return new MenuEntry("collect.menu.passwords", "/collect/passwords", "collect:submit", 570);
    }
}
