package org.masar.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles the POST. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "access/sign-in";
    }
}
