package org.masar.people.web;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.Baladiya;
import org.masar.geo.SiteNotFound;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonRecord;
import org.masar.people.PersonTimeline;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.RecordAction;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's record: names in both scripts, details, documents, phones and the timeline across programmes, with the
 * correction form and deletion. Opening it is audited by the face ({@link People#get}), which also refuses a person
 * outside the user's scopes.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonPages {

    private final People people;
    private final PersonTimeline timeline;
    private final PlaceChoices places;
    private final PersonFormChoices choices;
    private final Clock clock;
    private final List<RecordAction> actions;

    PersonPages(
            People people,
            PersonTimeline timeline,
            PlaceChoices places,
            PersonFormChoices choices,
            Clock clock,
            List<RecordAction> actions) {
        this.actions = RecordAction.of(actions, RecordAction.PERSON);
        this.people = people;
        this.timeline = timeline;
        this.places = places;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping
    String record(@PathVariable PersonId id, Model model) {
        PersonRecord person = people.get(id);
        model.addAttribute("personForm", PersonForm.of(person, MissionTime.today(clock)));
        return page(person, model, false);
    }

    /** Corrects the person's details; the version shown guards against overwriting someone else's correction. */
    @PostMapping
    String correct(
            @PathVariable PersonId id,
            @ModelAttribute("personForm") PersonForm personForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                people.correct(id, personForm.getVersion(), personForm.toDetails());
                redirect.addFlashAttribute("flash", "people.corrected");
                return "redirect:/people/" + id;
            } catch (InvalidFields refused) {
                personForm.reject(refused, errors);
            } catch (SiteNotFound tampered) {
                errors.rejectValue("site", "people.validation.unknown-site");
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("problem.conflict.stale.title");
            }
        }
        personForm.withRows();
        return page(people.get(id), model, true);
    }

    /** Deletes the person softly, with the reason the user gives; the face audits it. */
    @PostMapping("/deletion")
    String delete(
            @PathVariable PersonId id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            people.delete(id, version, reason);
        } catch (InvalidFields refused) {
            redirect.addFlashAttribute("deletionRefused", "people.delete.reason-required");
            return "redirect:/people/" + id;
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problemCode", "conflict.stale");
            return "redirect:/people/" + id;
        }
        redirect.addFlashAttribute("flash", "people.deleted");
        return "redirect:/people";
    }

    private String page(PersonRecord person, Model model, boolean correcting) {
        model.addAttribute("person", person);
        model.addAttribute("timeline", timeline.entriesOf(person.id()));
        model.addAttribute("baladiya", baladiyaName(person.details().baladiya()));
        model.addAttribute(
                "site",
                places.site(person.details().site())
                        .map(site -> site.name(LocaleContextHolder.getLocale()))
                        .orElse(""));
        model.addAttribute("correcting", correcting);
        model.addAttribute("actions", person.merged() ? List.of() : actions);
        model.addAttribute("zone", MissionTime.ZONE.getId());
        choices.addTo(model);
        return "people/person";
    }

    private String baladiyaName(@Nullable String pcode) {
        if (pcode == null) {
            return "";
        }
        Baladiya baladiya = places.baladiyaNames().get(pcode);
        return baladiya == null ? pcode : baladiya.name(LocaleContextHolder.getLocale()) + " (" + pcode + ")";
    }
}
