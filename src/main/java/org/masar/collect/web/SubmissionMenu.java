package org.masar.collect.web;

import org.masar.shared.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Submissions in the main menu, for their reviewers. */
@Configuration(proxyBeanMethods = false)
class SubmissionMenu {

    @Bean
    MenuEntry collectSubmissionsMenuEntry() {
        return new MenuEntry("collect.menu.submissions", "/collect/submissions", "collect:review", 565);
    }
}
