package org.masar.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard, where the modules' figures are gathered as they arrive. */
@Controller
class HomePage {

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }
}
