package org.masar.access.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.masar.access.CodeTaken;
import org.masar.access.Organisation;
import org.masar.access.OrganisationId;
import org.masar.access.OrganisationKind;
import org.masar.access.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations: the mission and its partners. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationPages {

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.list());
        return "access/admin/organisations/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organisations.create(form.toDraft());
                redirect.addFlashAttribute("flash", "access.admin.saved");
                return "redirect:/admin/organisations";
            } catch (CodeTaken e) {
                errors.rejectValue("code", "access.admin.validation.code-taken");
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable OrganisationId id, Model model) {
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return form(model, organisation);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable OrganisationId id,
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = organisations.get(id);
        if (!errors.hasErrors()) {
            try {
                organisations.update(organisation.id(), form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flash", "access.admin.saved");
                return "redirect:/admin/organisations";
            } catch (CodeTaken e) {
                errors.rejectValue("code", "access.admin.validation.code-taken");
            }
        }
        return form(model, organisation);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable OrganisationId id, RedirectAttributes redirect) {
        organisations.setActive(id, false);
        redirect.addFlashAttribute("flash", "access.admin.deactivated");
        return "redirect:/admin/organisations";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable OrganisationId id, RedirectAttributes redirect) {
        organisations.setActive(id, true);
        redirect.addFlashAttribute("flash", "access.admin.activated");
        return "redirect:/admin/organisations";
    }

    private String form(Model model, @Nullable Organisation editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", OrganisationKind.values());
        return "access/admin/organisations/form";
    }
}
