package org.masar.collect.web;

import java.util.UUID;
import org.masar.collect.CollectPasswordNotFound;
import org.masar.collect.CollectPasswords;
import org.masar.collect.IssuedCollectPassword;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A field user's collect passwords, one per phone: created with a name and shown once with ODK Collect's settings QR
 * code (the answer is a page, not a redirect, so the password is in no URL and no session), listed with their last
 * use, revoked.
 */
@Controller
class CollectPasswordPages {

    static final int NAME_LIMIT = 100;

    private final CollectPasswords passwords;

    CollectPasswordPages(CollectPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/collect/passwords")
    String list(Model model) {
        model.addAttribute("passwords", passwords.mine());
        return "collect/passwords";
    }

    @PostMapping("/collect/passwords")
    String create(@RequestParam(defaultValue = "") String name, Model model) {
        if (name.isBlank() || name.strip().length() > NAME_LIMIT) {
            model.addAttribute("nameProblem", true);
            return list(model);
        }
        String serverUrl =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        IssuedCollectPassword issued = passwords.create(name, serverUrl);
        model.addAttribute("issued", issued);
        return "collect/password-created";
    }

    @PostMapping("/collect/passwords/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CollectPasswordNotFound(id);
        }
        passwords.revoke(key);
        redirect.addFlashAttribute("flash", "collect.passwords.revoked");
        return "redirect:/collect/passwords";
    }
}
