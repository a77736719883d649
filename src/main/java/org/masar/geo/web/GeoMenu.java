package org.masar.geo.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gazetteer's entries in the main menu: the hierarchy, the sites and the map, for anyone who may read them. */
@Configuration(proxyBeanMethods = false)
class GeoMenu {

    @Bean
    MenuEntry gazetteerMenuEntry() {
        return new MenuEntry("layout.nav.gazetteer", "/geo", "geo:read", 100);
    }

    @Bean
    MenuEntry sitesMenuEntry() {
        return new MenuEntry("layout.nav.sites", "/geo/sites", "geo:read", 200);
    }

    @Bean
    MenuEntry mapMenuEntry() {
        return new MenuEntry("layout.nav.map", "/geo/map", "geo:read", 300);
    }
}
