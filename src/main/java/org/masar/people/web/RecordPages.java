package org.masar.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.people.ConsentConflict;
import org.masar.people.ConsentGiven;
import org.masar.people.ConsentId;
import org.masar.people.ConsentMethod;
import org.masar.people.ConsentPurpose;
import org.masar.people.Consents;
import org.masar.people.Households;
import org.masar.people.PersonId;
import org.masar.people.Relationship;
import org.masar.people.ScreeningPriority;
import org.masar.people.ScreeningVersion;
import org.masar.people.Screenings;
import org.masar.shared.InvalidFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person's household, consents and screenings as small panels: each is a fragment that the person's page can load
 * with htmx ({@code /people/{id}/records/household}…), and {@code /people/{id}/records} shows the three together with
 * the forms to record or withdraw a consent and to screen the person. The faces check permissions and scopes; a refusal
 * is the problem page (or, for htmx, no swap).
 */
@Controller
@RequestMapping("/people/{id}/records")
class RecordPages {

    private final Households households;
    private final Consents consents;
    private final Screenings screenings;
    private final JsonMapper json;
    private final MessageSource messages;

    RecordPages(
            Households households, Consents consents, Screenings screenings, JsonMapper json, MessageSource messages) {
        this.households = households;
        this.consents = consents;
        this.screenings = screenings;
        this.json = json;
        this.messages = messages;
    }

    /**
     * The labels of coded values (relationships, purposes, methods, priorities), resolved here from every value of their
     * enum: a template that built their keys itself would use keys no bundle check can see. A missing label fails here,
     * on the first page.
     */
    @ModelAttribute("labels")
    Map<String, String> labels(Locale locale) {
        List<String> keys = new ArrayList<>();
        for (Relationship relationship : Relationship.values()) {
            keys.add("people.relationship." + relationship.code());
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            keys.add("people.consent.purpose." + purpose.code());
        }
        for (ConsentMethod method : ConsentMethod.values()) {
            keys.add("people.consent.method." + method.code());
        }
        for (ScreeningPriority priority : ScreeningPriority.values()) {
            keys.add("people.screening.priority." + priority.code());
        }
        keys.add("people.records.left.moved");
        keys.add("people.records.left.left");
        Map<String, String> labels = new LinkedHashMap<>();
        keys.forEach(key -> labels.put(key, messages.getMessage(key, null, locale)));
        return labels;
    }

    /** A question of the current screening as the form shows it, labelled in the reader's language. */
    record QuestionView(
            String id,
            String type,
            String label,
            boolean required,
            List<ChoiceView> choices,
            @Nullable Long min,
            @Nullable Long max) {}

    /** A choice of a question. */
    record ChoiceView(String id, String label) {}

    @GetMapping
    String page(@PathVariable PersonId id, Model model, Locale locale) {
        model.addAttribute("personId", id.toString());
        household(id, model);
        consents(id, model);
        screenings(id, model);
        model.addAttribute("purposes", List.of(ConsentPurpose.REGISTRATION, ConsentPurpose.FOLLOW_UP));
        model.addAttribute("methods", ConsentMethod.values());
        ScreeningVersion current = screenings.current();
        model.addAttribute("version", current);
        model.addAttribute("questions", questions(current, locale));
        return "people/records/person";
    }

    @GetMapping("/household")
    String household(@PathVariable PersonId id, Model model) {
        model.addAttribute("personId", id.toString());
        model.addAttribute("household", households.householdOf(id).orElse(null));
        model.addAttribute("memberships", households.membershipsOf(id));
        return "people/records/panels :: household";
    }

    @GetMapping("/consents")
    String consents(@PathVariable PersonId id, Model model) {
        model.addAttribute("personId", id.toString());
        model.addAttribute("consents", consents.consentsOf(id));
        return "people/records/panels :: consents";
    }

    @GetMapping("/screenings")
    String screenings(@PathVariable PersonId id, Model model) {
        model.addAttribute("personId", id.toString());
        model.addAttribute("screenings", screenings.screeningsOf(id));
        return "people/records/panels :: screenings";
    }

    @PostMapping("/consents")
    String give(
            @PathVariable PersonId id,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String givenHow,
            RedirectAttributes redirect,
            Locale locale) {
        ConsentPurpose readPurpose = ConsentPurpose.of(purpose).orElse(null);
        ConsentMethod readMethod = ConsentMethod.of(givenHow).orElse(null);
        // Sharing names a partner; the page records the purposes that need none, the API all three.
        if (readPurpose == null || readPurpose == ConsentPurpose.SHARING || readMethod == null) {
            redirect.addFlashAttribute("recordsProblem", text("people.records.consent-incomplete", locale));
            return "redirect:/people/" + id + "/records";
        }
        try {
            consents.give(id, new ConsentGiven(readPurpose, null, readMethod, null));
            redirect.addFlashAttribute("flash", "people.records.consent-saved");
        } catch (ConsentConflict alreadyGiven) {
            redirect.addFlashAttribute("recordsProblem", text("problem." + alreadyGiven.code() + ".title", locale));
        }
        return "redirect:/people/" + id + "/records";
    }

    @PostMapping("/consents/{consent}/withdrawal")
    String withdraw(
            @PathVariable PersonId id,
            @PathVariable ConsentId consent,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect,
            Locale locale) {
        if (reason.isBlank() || reason.strip().length() > 500) {
            redirect.addFlashAttribute("recordsProblem", text("people.records.reason-required", locale));
            return "redirect:/people/" + id + "/records";
        }
        try {
            consents.withdraw(id, consent, reason);
            redirect.addFlashAttribute("flash", "people.records.consent-withdrawn");
        } catch (ConsentConflict withdrawnAlready) {
            redirect.addFlashAttribute("recordsProblem", text("problem." + withdrawnAlready.code() + ".title", locale));
        }
        return "redirect:/people/" + id + "/records";
    }

    /**
     * Screens the person with the current version: the form's fields are named {@code answer.<question id>}; an
     * unanswered question is left out, as the API's answers leave it out.
     */
    @PostMapping("/screenings")
    String screen(
            @PathVariable PersonId id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        ScreeningVersion current = screenings.current();
        ObjectNode answers = json.createObjectNode();
        for (JsonNode question : current.definition().path("questions")) {
            String name = question.path("id").asString();
            List<String> given = form.getOrDefault("answer." + name, List.of()).stream()
                    .filter(value -> !value.isBlank())
                    .toList();
            if (given.isEmpty()) {
                continue;
            }
            switch (question.path("type").asString()) {
                case "yes_no" -> answers.put(name, "yes".equals(given.getFirst()));
                case "multi_choice" -> given.forEach(answers.withArray(name)::add);
                case "integer" -> {
                    try {
                        answers.put(name, Long.parseLong(given.getFirst().strip()));
                    } catch (NumberFormatException notANumber) {
                        answers.put(name, given.getFirst());
                    }
                }
                default -> answers.put(name, given.getFirst());
            }
        }
        try {
            screenings.screen(id, current.id(), answers);
            redirect.addFlashAttribute("flash", "people.records.screened");
        } catch (InvalidFields notFitting) {
            redirect.addFlashAttribute("recordsProblem", text("people.records.screening-incomplete", locale));
            redirect.addFlashAttribute(
                    "screeningErrors",
                    notFitting.fields().stream().map(InvalidFields.Field::field).toList());
        }
        return "redirect:/people/" + id + "/records";
    }

    private static List<QuestionView> questions(ScreeningVersion version, Locale locale) {
        String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        List<QuestionView> questions = new ArrayList<>();
        for (JsonNode question : version.definition().path("questions")) {
            List<ChoiceView> choices = new ArrayList<>();
            question.path("choices")
                    .forEach(choice -> choices.add(new ChoiceView(
                            choice.path("id").asString(),
                            choice.path("labels").path(language).asString())));
            questions.add(new QuestionView(
                    question.path("id").asString(),
                    question.path("type").asString(),
                    question.path("labels").path(language).asString(),
                    question.path("required").asBoolean(false),
                    choices,
                    question.path("min").isIntegralNumber()
                            ? question.path("min").asLong()
                            : null,
                    question.path("max").isIntegralNumber()
                            ? question.path("max").asLong()
                            : null));
        }
        return questions;
    }

    /** A message for the next page, in the user's language: flashed as text, the page shows it as it is. */
    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
