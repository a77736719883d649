package org.masar.access.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administration in the main menu, for those who manage users, roles, offices and organisations. */
@Configuration(proxyBeanMethods = false)
class AccessMenu {

    @Bean
    MenuEntry administrationMenuEntry() {
        return new MenuEntry("layout.nav.administration", "/admin/users", "access:manage", 800);
    }
}
