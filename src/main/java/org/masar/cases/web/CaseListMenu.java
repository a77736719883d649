package org.masar.cases.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Cases" in the main menu, after the people: it opens the reader's own cases. */
@Configuration(proxyBeanMethods = false)
class CaseListMenu {

    @Bean
    MenuEntry caseListMenuEntry() {
        return new MenuEntry("cases-lists.menu", "/cases", "cases:read", 70);
    }
}
