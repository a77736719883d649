package org.masar.assistance.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Distributions in the main menu, for readers of assistance. */
@Configuration(proxyBeanMethods = false)
class DistributionsMenu {

    @Bean
    MenuEntry assistanceDistributionsMenuEntry() {
        return new MenuEntry("assistance.distributions.menu", "/assistance/distributions", "assistance:read", 79);
    }
}
