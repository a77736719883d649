package org.masar.people.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** People in the main menu, for anyone who may read them; first, since every programme starts from a person. */
@Configuration(proxyBeanMethods = false)
class PeopleMenu {

    @Bean
    MenuEntry peopleMenuEntry() {
        return new MenuEntry("people.menu", "/people", "people:read", 50);
    }
}
