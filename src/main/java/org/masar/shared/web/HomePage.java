package org.masar.shared.web;

import java.util.List;
import java.util.Set;
import org.masar.shared.DashboardFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: the figures every module contributes, as far as the signed-in user may see them. */
@Controller
class HomePage {

    private final List<DashboardFigures> contributions;
    private final LayoutModel layout;

    HomePage(List<DashboardFigures> contributions, LayoutModel layout) {
        this.contributions = contributions;
        this.layout = layout;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        Set<String> permissions = layout.permissions();
        model.addAttribute(
                "figures",
                contributions.stream()
                        .filter(contribution -> contribution.isFor(permissions))
                        .flatMap(contribution -> contribution.figures().stream())
                        .toList());
        return "dashboard";
    }
}
