package org.masar.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step, for accounts with TOTP. It sits beside {@link SignInFlow} rather than in {@code web/}
 * because it is part of signing in, like Spring Security's own form login, not a page of a signed-in user.
 */
@Controller
class SecondFactorPage {

    private final SignInFlow flow;

    SecondFactorPage(SignInFlow flow) {
        this.flow = flow;
    }

    @GetMapping("/login/second-factor")
    String form(HttpServletRequest request) {
        return flow.pendingUser(request).isPresent() ? "access/second-factor" : "redirect:/login?expired";
    }

    @PostMapping("/login/second-factor")
    String verify(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + flow.secondFactor(request, response, code).redirect();
    }
}
