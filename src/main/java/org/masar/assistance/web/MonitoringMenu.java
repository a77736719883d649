package org.masar.assistance.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Post-distribution monitoring in the main menu, for monitoring officers. */
@Configuration(proxyBeanMethods = false)
class MonitoringMenu {

    @Bean
    MenuEntry assistanceMonitoringMenuEntry() {
        return new MenuEntry("assistance.monitoring.menu", "/assistance/monitoring", "assistance:monitor", 83);
    }
}
