package org.masar.approvals.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The approvals queue in the main menu, for every signed-in user: anyone may make a command or hold the permission
 * some command needs, and the queue shows each user what concerns them.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalsMenu {

    @Bean
    MenuEntry approvalsMenuEntry() {
        return new MenuEntry("approvals.menu", "/approvals", null, 950);
    }
}
