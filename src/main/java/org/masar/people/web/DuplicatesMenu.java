package org.masar.people.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue of likely duplicates in the main menu, for supervisors who may merge. */
@Configuration(proxyBeanMethods = false)
class DuplicatesMenu {

    @Bean
    MenuEntry duplicatesMenuEntry() {
        return new MenuEntry("people.duplicates.menu", "/people/duplicates", "people:merge", 60);
    }
}
