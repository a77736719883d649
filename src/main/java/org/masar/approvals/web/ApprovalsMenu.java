package org.masar.approvals.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The approvals queue in the main menu. A menu entry needs one permission, and a queue concerns whoever holds the
 * permission of some command; until the menu can show an entry to every signed-in user, it is shown to holders of
 * {@code dtm:publish}, the permission of the first command type (round publication). Everyone else reaches the queue
 * from the dashboard's figure ({@link ApprovalsFigures}).
 */
@Configuration(proxyBeanMethods = false)
class ApprovalsMenu {

    @Bean
    MenuEntry approvalsMenuEntry() {
        return new MenuEntry("approvals.menu", "/approvals", "dtm:publish", 950);
    }
}
