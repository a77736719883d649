package org.masar.audit.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail in the main menu, for auditors. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditMenuEntry() {
        return new MenuEntry("layout.nav.audit", "/audit", "audit:read", 900);
    }
}
