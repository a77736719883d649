package org.masar.dtm.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rounds' entry in the main menu, for those who collect (enumerators and DTM officers). */
@Configuration(proxyBeanMethods = false)
class RoundMenu {

    @Bean
    MenuEntry dtmRoundsMenuEntry() {
        return new MenuEntry("dtm.menu.rounds", "/dtm/rounds", "dtm:collect", 410);
    }
}
