package org.masar.referrals.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referrals in the main menu, for readers of referrals (mission staff and partners alike). */
@Configuration(proxyBeanMethods = false)
class ReferralsMenu {

    @Bean
    MenuEntry referralsMenuEntry() {
        return new MenuEntry("referrals.menu", "/referrals", "referrals:read", 470);
    }
}
