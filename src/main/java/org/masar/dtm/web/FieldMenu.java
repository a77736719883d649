package org.masar.dtm.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DTM field pages in the main menu: flow monitoring, detention centres and emergency events for readers of the
 * DTM's figures, and one entry to the same forms for enumerators, who record without reading.
 */
@Configuration(proxyBeanMethods = false)
class FieldMenu {

    @Bean
    MenuEntry dtmFlowMenuEntry() {
        return new MenuEntry("dtm-field.menu.flow", "/dtm/flow", "dtm:read", 420);
    }

    @Bean
    MenuEntry dtmDetentionMenuEntry() {
        return new MenuEntry("dtm-field.menu.detention", "/dtm/detention", "dtm:read", 430);
    }

    @Bean
    MenuEntry dtmEventsMenuEntry() {
        return new MenuEntry("dtm-field.menu.events", "/dtm/events", "dtm:read", 440);
    }

    /** MenuEntry takes one permission: an enumerator (dtm:collect without dtm:read) reaches the forms through this. */
    @Bean
    MenuEntry dtmFieldCollectMenuEntry() {
        return new MenuEntry("dtm-field.menu.collect", "/dtm/events", "dtm:collect", 450);
    }
}
