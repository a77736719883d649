package org.masar.access.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.masar.access.CodeTaken;
import org.masar.access.Office;
import org.masar.access.OfficeId;
import org.masar.access.Offices;
import org.masar.access.Organisations;
import org.masar.access.UnknownReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Offices of the mission and its partners. */
@Controller
@RequestMapping("/admin/offices")
class OfficePages {

    private final Offices offices;
    private final Organisations organisations;

    OfficePages(Offices offices, Organisations organisations) {
        this.offices = offices;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("offices", offices.list());
        model.addAttribute("organisationsById", organisationsById());
        return "access/admin/offices/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("officeForm", new OfficeForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("officeForm") OfficeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                offices.create(form.toDraft());
                redirect.addFlashAttribute("flash", "access.admin.saved");
                return "redirect:/admin/offices";
            } catch (CodeTaken e) {
                errors.rejectValue("code", "access.admin.validation.code-taken");
            } catch (UnknownReference e) {
                errors.reject(UserPages.titleOf(e));
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable OfficeId id, Model model) {
        Office office = offices.get(id);
        model.addAttribute("officeForm", OfficeForm.of(office));
        return form(model, office);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable OfficeId id,
            @Valid @ModelAttribute("officeForm") OfficeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Office office = offices.get(id);
        if (!errors.hasErrors()) {
            try {
                offices.update(office.id(), form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flash", "access.admin.saved");
                return "redirect:/admin/offices";
            } catch (CodeTaken e) {
                errors.rejectValue("code", "access.admin.validation.code-taken");
            } catch (UnknownReference e) {
                errors.reject(UserPages.titleOf(e));
            }
        }
        return form(model, office);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable OfficeId id, RedirectAttributes redirect) {
        offices.setActive(id, false);
        redirect.addFlashAttribute("flash", "access.admin.deactivated");
        return "redirect:/admin/offices";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable OfficeId id, RedirectAttributes redirect) {
        offices.setActive(id, true);
        redirect.addFlashAttribute("flash", "access.admin.activated");
        return "redirect:/admin/offices";
    }

    private String form(Model model, @Nullable Office editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("organisationChoices", organisations.list());
        return "access/admin/offices/form";
    }

    private java.util.Map<String, org.masar.access.Organisation> organisationsById() {
        java.util.Map<String, org.masar.access.Organisation> byId = new java.util.HashMap<>();
        organisations.list().forEach(organisation -> byId.put(organisation.id().toString(), organisation));
        return byId;
    }
}
