package org.masar.access.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.AccountSecurity;
import org.masar.access.AccountSecurity.IssuedApiToken;
import org.masar.access.InvalidSecondFactor;
import org.masar.access.PasswordRejected;
import org.masar.access.TokenExpiryTooLate;
import org.masar.shared.MissionTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password change, TOTP enrolment, API tokens. Passwords and codes are never put
 * back into a form, and a new token's secret is shown in the answer to the POST that made it rather than after a
 * redirect, so that it never passes through the session store.
 */
@Controller
class AccountPages {

    private static final int TOKEN_NAME_LIMIT = 80;

    private final AccountSecurity accounts;
    private final Clock clock;

    AccountPages(AccountSecurity accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Model model) {
        AccountSecurity.Account account = accounts.current();
        model.addAttribute("account", account);
        model.addAttribute("now", clock.instant());
        model.addAttribute("tokens", account.mayUseApiTokens() ? accounts.tokens() : List.of());
        return "access/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("account", accounts.current());
        model.addAttribute("violations", List.of());
        return "access/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(currentPassword, newPassword, confirmation);
        } catch (PasswordRejected rejected) {
            model.addAttribute("account", accounts.current());
            model.addAttribute("violations", rejected.violations());
            return "access/password";
        }
        redirect.addFlashAttribute("flash", "access.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/account/mfa")
    String mfa(Model model) {
        AccountSecurity.Account account = accounts.current();
        model.addAttribute("account", account);
        if (!account.totpEnabled()) {
            model.addAttribute("enrolment", accounts.startTotpEnrolment());
        }
        return "access/mfa";
    }

    @PostMapping("/account/mfa")
    String confirmTotp(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        try {
            accounts.confirmTotp(code);
        } catch (InvalidSecondFactor invalid) {
            model.addAttribute("codeRejected", true);
            return mfa(model);
        }
        redirect.addFlashAttribute("flash", "access.mfa.enabled");
        return "redirect:/account";
    }

    @PostMapping("/account/mfa/disable")
    String disableTotp(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        try {
            accounts.disableTotp(code);
        } catch (InvalidSecondFactor invalid) {
            model.addAttribute("codeRejected", true);
            return mfa(model);
        }
        redirect.addFlashAttribute("flash", "access.mfa.disabled");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model) {
        String problem = null;
        LocalDate expiry = null;
        if (name.isBlank() || name.strip().length() > TOKEN_NAME_LIMIT) {
            problem = "access.token.name-invalid";
        } else if (!expiresOn.isBlank()) {
            expiry = parse(expiresOn);
            if (expiry == null || !expiry.isAfter(MissionTime.today(clock))) {
                problem = "access.token.expiry-invalid";
            }
        }
        if (problem != null) {
            model.addAttribute("tokenProblem", problem);
            return account(model);
        }
        IssuedApiToken issued;
        try {
            issued = accounts.createToken(
                    name, expiry == null ? null : expiry.atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (TokenExpiryTooLate tooLate) {
            model.addAttribute("tokenProblem", "access.token.expiry-too-late");
            model.addAttribute("tokenProblemArgument", tooLate.arguments()[0]);
            return account(model);
        }
        model.addAttribute("issued", issued);
        return "access/token-created";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.revokeToken(id);
        redirect.addFlashAttribute("flash", "access.token.revoked");
        return "redirect:/account";
    }

    private static @Nullable LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
