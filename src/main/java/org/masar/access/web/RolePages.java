package org.masar.access.web;

import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.masar.access.Role;
import org.masar.access.RoleCodeTaken;
import org.masar.access.Roles;
import org.masar.access.UnknownReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles: the built-in ones with their permissions (read-only), and custom roles to create and edit. */
@Controller
@RequestMapping("/admin/roles")
class RolePages {

    private final Roles roles;

    RolePages(Roles roles) {
        this.roles = roles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.list());
        return "access/admin/roles/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("roleForm", new RoleForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Validated({Default.class, Creating.class}) @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            roles.create(form.getCode(), form.toDraft());
            redirect.addFlashAttribute("flash", "access.admin.saved");
            return "redirect:/admin/roles";
        } catch (RoleCodeTaken e) {
            errors.rejectValue("code", "access.admin.validation.code-taken");
        } catch (UnknownReference e) {
            errors.reject(UserPages.titleOf(e));
        }
        return form(model, null);
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Role role = roles.get(code);
        model.addAttribute("roleForm", RoleForm.of(role));
        return form(model, role);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @Validated @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Role role = roles.get(code);
        if (errors.hasErrors()) {
            return form(model, role);
        }
        try {
            roles.update(code, form.toDraft(), form.getVersion());
            redirect.addFlashAttribute("flash", "access.admin.saved");
            return "redirect:/admin/roles";
        } catch (UnknownReference e) {
            errors.reject(UserPages.titleOf(e));
        }
        return form(model, role);
    }

    private String form(Model model, @Nullable Role editing) {
        model.addAttribute("editing", editing);
        // The catalogue grouped by module, so the form shows one fieldset per module.
        Map<String, List<String>> byModule = new TreeMap<>();
        for (String permission : roles.permissionCatalogue()) {
            byModule.computeIfAbsent(
                            permission.substring(0, permission.indexOf(':')), module -> new java.util.ArrayList<>())
                    .add(permission);
        }
        model.addAttribute("catalogue", byModule);
        return "access/admin/roles/form";
    }
}
