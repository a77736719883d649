package org.masar.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteNotFound;
import org.masar.people.AgeBand;
import org.masar.people.DuplicateCandidate;
import org.masar.people.People;
import org.masar.people.PersonDetails;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonSummary;
import org.masar.people.PopulationGroup;
import org.masar.people.Registration;
import org.masar.people.Sex;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of people within the user's scopes, and registration: the form checks for likely duplicates before saving
 * (with htmx as the user asks, and again when they save), so that the user links to the person already registered or
 * confirms a new one. The face checks permissions and scopes, validates and audits.
 */
@Controller
@RequestMapping("/people")
class PeoplePages {

    static final int PAGE_SIZE = 25;

    private final People people;
    private final PlaceChoices places;
    private final PersonFormChoices choices;
    private final PeopleLabels labels;
    private final Clock clock;

    PeoplePages(People people, PlaceChoices places, PersonFormChoices choices, PeopleLabels labels, Clock clock) {
        this.people = people;
        this.places = places;
        this.choices = choices;
        this.labels = labels;
        this.clock = clock;
    }

    @ModelAttribute("labels")
    PeopleLabels labels() {
        return labels;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sex,
            @RequestParam(required = false) @Nullable String ageBand,
            @RequestParam(required = false) @Nullable String nationality,
            @RequestParam(required = false) @Nullable String populationGroup,
            @RequestParam(required = false) @Nullable String baladiya,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PersonFilter filter = new PersonFilter(
                blankToNull(q),
                option(Sex.class, sex),
                option(AgeBand.class, ageBand),
                blankToNull(nationality),
                option(PopulationGroup.class, populationGroup),
                blankToNull(baladiya));
        PageJson<PersonSummary> found = people.search(filter, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("people", found);
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter.text() == null ? "" : filter.text());
        model.addAttribute("sexes", Arrays.asList(Sex.values()));
        model.addAttribute("ageBands", Arrays.asList(AgeBand.values()));
        model.addAttribute("populationGroups", Arrays.asList(PopulationGroup.values()));
        model.addAttribute("baladiyaByMantika", places.baladiyaByMantika());
        model.addAttribute("baladiyaNames", places.baladiyaNames());
        return "people/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('people:register')")
    String newPerson(Model model) {
        model.addAttribute("personForm", PersonForm.empty(MissionTime.today(clock)));
        return form(model);
    }

    /**
     * The stored people this one may be, before anything is saved: the registration block with its candidates (htmx
     * swaps it in place), or the whole page without script. Errors show on the form as on saving.
     */
    @PostMapping("/new/candidates")
    String candidates(
            @ModelAttribute("personForm") PersonForm personForm,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) boolean htmx,
            HttpServletResponse response,
            Model model) {
        List<DuplicateCandidate> found = check(personForm, errors);
        if (!errors.hasErrors()) {
            model.addAttribute("candidates", found);
        }
        // On a phone the answer is a screen or two below the button: bring the user to what it says.
        response.setHeader(
                "HX-Reswap",
                errors.hasErrors() ? "outerHTML show:#registration:top" : "outerHTML show:#candidates:top");
        form(model);
        return htmx ? "people/new :: registration" : "people/new";
    }

    /**
     * Registers the person, unless likely duplicates were found that the user has not yet seen: then the form comes
     * back with them, to link to one or to confirm a new person.
     *
     * @param confirmed the user saw the candidates and registers a new person all the same
     */
    @PostMapping("/new")
    String register(
            @ModelAttribute("personForm") PersonForm personForm,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        if (!confirmed || errors.hasErrors()) {
            List<DuplicateCandidate> found = check(personForm, errors);
            if (errors.hasErrors()) {
                return form(model);
            }
            if (found.stream().anyMatch(DuplicateCandidate::likely)) {
                model.addAttribute("candidates", found);
                model.addAttribute("mustConfirm", true);
                return form(model);
            }
        }
        try {
            Registration registration = people.register(personForm.toDetails());
            redirect.addFlashAttribute("flash", "people.registered");
            return "redirect:/people/" + registration.id();
        } catch (InvalidFields refused) {
            personForm.reject(refused, errors);
            return form(model);
        } catch (SiteNotFound tampered) {
            errors.rejectValue("site", "people.validation.unknown-site");
            return form(model);
        }
    }

    /**
     * The user recognised the person being registered as one already registered: nothing is created, and the user
     * goes on with the existing person's record (or, outside their scopes, is told whom to ask).
     *
     * @param inScope whether the candidate was shown as one the user may open; the record's page checks it again
     */
    @PostMapping("/new/same-as/{person}")
    @PreAuthorize("hasAuthority('people:register')")
    String sameAs(
            @PathVariable PersonId person,
            @RequestParam(defaultValue = "false") boolean inScope,
            RedirectAttributes redirect) {
        people.linkedAtRegistration(person);
        if (!inScope) {
            redirect.addFlashAttribute("flash", "people.same-person.elsewhere");
            return "redirect:/people";
        }
        redirect.addFlashAttribute("flash", "people.same-person.linked");
        return "redirect:/people/" + person;
    }

    /** One more phone row (htmx), and the button for the next. */
    @GetMapping("/new/phones/{index}")
    @PreAuthorize("hasAuthority('people:register') or hasAuthority('people:edit')")
    String phoneRow(@PathVariable int index, Model model) {
        return addedRow(index, PersonFormChoices.MAX_PHONES, model, "people/form :: phone-added");
    }

    /** One more document row (htmx), and the button for the next. */
    @GetMapping("/new/documents/{index}")
    @PreAuthorize("hasAuthority('people:register') or hasAuthority('people:edit')")
    String documentRow(@PathVariable int index, Model model) {
        return addedRow(index, PersonFormChoices.MAX_DOCUMENTS, model, "people/form :: document-added");
    }

    private String addedRow(int index, int max, Model model, String fragment) {
        int row = Math.clamp(index, 0, max - 1);
        PersonForm personForm = new PersonForm();
        for (int i = 0; i <= row; i++) {
            personForm.getPhones().add("");
            personForm.getDocuments().add(new DocumentForm());
        }
        model.addAttribute("personForm", personForm);
        model.addAttribute("index", row);
        choices.addTo(model);
        return fragment;
    }

    /** Duplicate candidates of what the form holds, the face's refusals put on the form's fields. */
    private List<DuplicateCandidate> check(PersonForm personForm, BindingResult errors) {
        PersonDetails details;
        try {
            details = personForm.toDetails();
        } catch (SiteNotFound tampered) {
            errors.rejectValue("site", "people.validation.unknown-site");
            return List.of();
        }
        try {
            return people.duplicateCandidates(details);
        } catch (InvalidFields refused) {
            personForm.reject(refused, errors);
            return List.of();
        }
    }

    private String form(Model model) {
        if (model.getAttribute("personForm") instanceof PersonForm personForm) {
            personForm.withRows();
        }
        choices.addTo(model);
        return "people/new";
    }

    private static <E extends Enum<E>> @Nullable E option(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notAnOption) {
            // A filter the page never offers (an edited address) filters nothing, as an empty one does.
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
