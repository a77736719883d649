package org.masar.collect.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masar.collect.Binding;
import org.masar.collect.BindingOutcome;
import org.masar.collect.BindingSubmissionNotFound;
import org.masar.collect.Bindings;
import org.masar.collect.FormDetail;
import org.masar.collect.Forms;
import org.masar.collect.internal.FormSchemas;
import org.masar.shared.InvalidFields;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form's binding page: its target and mapping (checked against the latest version's fields, which the page lists
 * to write it with), and the submissions kept unmapped with their reasons, each mapped again with a tap once the
 * binding or the data it needs is fixed. A refused step is shown on the same page with its problem.
 */
@Controller
class BindingPages {

    private final Bindings bindings;
    private final Forms forms;
    private final FormSchemas schemas;
    private final JsonMapper json;
    private final MessageSource messages;

    BindingPages(Bindings bindings, Forms forms, FormSchemas schemas, JsonMapper json, MessageSource messages) {
        this.messages = messages;
        this.bindings = bindings;
        this.forms = forms;
        this.schemas = schemas;
        this.json = json;
    }

    @GetMapping("/collect/forms/{formId}/binding")
    String page(@PathVariable String formId, @RequestParam(defaultValue = "0") int page, Model model) {
        FormDetail form = forms.get(formId);
        Binding binding = bindings.find(formId).orElse(null);
        if (!model.containsAttribute("target")) {
            model.addAttribute("target", binding == null ? "" : binding.target());
            model.addAttribute(
                    "mapping",
                    binding == null ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(binding.mapping()));
        }
        model.addAttribute("form", form);
        model.addAttribute("binding", binding);
        model.addAttribute("fields", schemas.of(form.latest().id()).fields());
        model.addAttribute("unmapped", bindings.unmapped(formId, new Paging(Math.max(page, 0), Paging.DEFAULT_SIZE)));
        model.addAttribute("link", link(formId));
        return "collect/binding";
    }

    @PostMapping("/collect/forms/{formId}/binding")
    String save(
            @PathVariable String formId,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String mapping,
            Model model,
            RedirectAttributes redirect) {
        try {
            JsonNode parsed;
            try {
                parsed = mapping.isBlank() ? null : json.readTree(mapping);
            } catch (JacksonException notJson) {
                throw new InvalidFields(List.of(new InvalidFields.Field("mapping", "collect.binding.not-json")));
            }
            bindings.put(formId, target.strip(), parsed);
        } catch (InvalidFields invalid) {
            model.addAttribute("target", target);
            model.addAttribute("mapping", mapping);
            model.addAttribute("problemCode", invalid.code());
            model.addAttribute("problemArguments", invalid.arguments());
            List<Map.Entry<String, String>> errors = invalid.fields().stream()
                    .map(f -> Map.entry(
                            f.field(), messages.getMessage(f.code(), null, f.code(), LocaleContextHolder.getLocale())))
                    .toList();
            model.addAttribute("fieldErrors", errors);
            return page(formId, 0, model);
        }
        redirect.addFlashAttribute("flash", "collect.binding.saved");
        return "redirect:" + link(formId);
    }

    @PostMapping("/collect/forms/{formId}/binding/delete")
    String delete(@PathVariable String formId, Model model, RedirectAttributes redirect) {
        try {
            bindings.delete(formId);
        } catch (ProblemException problem) {
            return refused(formId, problem, model);
        }
        redirect.addFlashAttribute("flash", "collect.binding.deleted");
        return "redirect:" + link(formId);
    }

    @PostMapping("/collect/forms/{formId}/binding/unmapped/{submissionId}/map")
    String map(
            @PathVariable String formId, @PathVariable String submissionId, Model model, RedirectAttributes redirect) {
        BindingOutcome outcome;
        try {
            UUID id;
            try {
                id = UUID.fromString(submissionId);
            } catch (IllegalArgumentException e) {
                throw new BindingSubmissionNotFound(formId, "");
            }
            outcome = bindings.map(formId, id);
        } catch (ProblemException problem) {
            return refused(formId, problem, model);
        }
        redirect.addFlashAttribute(
                "flash", outcome.mapped() ? "collect.binding.mapped" : "collect.binding.still-unmapped");
        return "redirect:" + link(formId);
    }

    @PostMapping("/collect/forms/{formId}/binding/unmapped/map")
    String mapAll(@PathVariable String formId, Model model, RedirectAttributes redirect) {
        List<BindingOutcome> outcomes;
        try {
            outcomes = bindings.mapAll(formId);
        } catch (ProblemException problem) {
            return refused(formId, problem, model);
        }
        redirect.addFlashAttribute(
                "mappedAll", outcomes.stream().filter(BindingOutcome::mapped).count());
        redirect.addFlashAttribute("triedAll", outcomes.size());
        return "redirect:" + link(formId);
    }

    private String refused(String formId, ProblemException problem, Model model) {
        if (problem.status().value() == 403 || "collect.form-not-found".equals(problem.code())) {
            throw problem;
        }
        model.addAttribute("problemCode", problem.code());
        model.addAttribute("problemArguments", problem.arguments());
        return page(formId, 0, model);
    }

    private static String link(String formId) {
        return "/collect/forms/" + UriUtils.encodePathSegment(formId, "UTF-8") + "/binding";
    }
}
