package org.masar.cases.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "My tasks" in the main menu, beside the cases, for anyone who may read cases. */
@Configuration(proxyBeanMethods = false)
class CaseWorkMenu {

    @Bean
    MenuEntry caseTasksMenuEntry() {
        return new MenuEntry("cases-work.menu.tasks", "/cases/tasks", "cases:read", 75);
    }
}
