package org.masar.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.assistance.GroupActivities;
import org.masar.assistance.GroupActivity;
import org.masar.assistance.GroupActivityDraft;
import org.masar.assistance.ServiceDraft;
import org.masar.assistance.ServiceFilter;
import org.masar.assistance.ServiceId;
import org.masar.assistance.ServiceRecord;
import org.masar.assistance.ServiceType;
import org.masar.assistance.Services;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Phone-sized pages: services delivered (the list, a person's when asked, and the form to record one, the person
 * prefilled from their page) and group activities (the list and the form). The faces decide who may see and do what.
 */
@Controller
class ServicePages {

    static final int PAGE_SIZE = 20;

    private final Services services;
    private final GroupActivities activities;
    private final People people;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    ServicePages(
            Services services, GroupActivities activities, People people, Gazetteer gazetteer, MessageSource messages) {
        this.services = services;
        this.activities = activities;
        this.people = people;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    /** A value and its label, for a picker. */
    record Option(String value, String label) {}

    /** A service as a list shows it. */
    record ServiceRow(ServiceRecord service, String type, String person) {}

    /** What the service form holds (as typed). */
    record ServiceForm(
            String person,
            String type,
            String quantity,
            String unit,
            String baladiya,
            String deliveredOn,
            String programme,
            String project) {}

    /** What the activity form holds (as typed). */
    record ActivityForm(
            String kind,
            String topic,
            String baladiya,
            String heldOn,
            String programme,
            String project,
            String women,
            String men,
            String girls,
            String boys) {}

    @GetMapping("/assistance/services")
    String list(
            @RequestParam(required = false) @Nullable PersonId person,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageJson<ServiceRecord> found =
                services.list(new ServiceFilter(person, null, null, null), new Paging(Math.max(page, 0), PAGE_SIZE));
        Map<String, String> types = typeNames(services.types());
        Map<PersonId, PersonLabel> labels = people.labels(
                found.items().stream().map(ServiceRecord::person).distinct().toList());
        model.addAttribute(
                "services",
                found.map(
                        s -> new ServiceRow(s, types.getOrDefault(s.type(), s.type()), label(labels.get(s.person())))));
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("person", person == null ? "" : person.toString());
        model.addAttribute(
                "personName",
                person == null ? "" : label(people.labels(List.of(person)).get(person)));
        return "assistance/services/list";
    }

    @GetMapping("/assistance/services/new")
    String newService(@RequestParam(required = false) @Nullable PersonId person, Model model) {
        String id = person == null ? "" : person.toString();
        prepareServiceForm(id, model);
        model.addAttribute(
                "form",
                new ServiceForm(
                        id, "", "", "", "", LocalDate.now(MissionTime.ZONE).toString(), "", ""));
        model.addAttribute("errors", Map.of());
        return "assistance/services/new";
    }

    @PostMapping("/assistance/services")
    String record(
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String baladiya,
            @RequestParam(defaultValue = "") String deliveredOn,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String project,
            Model model,
            RedirectAttributes redirect) {
        ServiceForm form = new ServiceForm(person, type, quantity, unit, baladiya, deliveredOn, programme, project);
        Map<String, String> errors = new LinkedHashMap<>();
        PersonId personId = null;
        try {
            personId = person.isBlank() ? null : new PersonId(java.util.UUID.fromString(person.strip()));
        } catch (IllegalArgumentException notAnId) {
            errors.put("person", message("assistance.error.unknown"));
        }
        BigDecimal amount = null;
        try {
            amount = quantity.isBlank() ? null : new BigDecimal(quantity.strip());
        } catch (NumberFormatException notANumber) {
            errors.put("quantity", message("assistance.error.unknown"));
        }
        LocalDate day = date(deliveredOn, "deliveredOn", errors);
        if (errors.isEmpty()) {
            try {
                ServiceRecord recorded = services.record(new ServiceDraft(
                        personId,
                        null,
                        type,
                        amount,
                        unit,
                        null,
                        baladiya,
                        day,
                        programme.isBlank() ? null : programme,
                        project,
                        null,
                        null));
                redirect.addFlashAttribute("flash", "assistance.services.recorded");
                return "redirect:/assistance/services?person=" + recorded.person();
            } catch (InvalidFields refused) {
                for (InvalidFields.Field field : refused.fields()) {
                    errors.putIfAbsent(field.field(), message(field.code()));
                }
            }
        }
        prepareServiceForm(person, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assistance/services/new";
    }

    @PostMapping("/assistance/services/{id}/void")
    String voidService(
            @org.springframework.web.bind.annotation.PathVariable ServiceId id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            ServiceRecord voided = services.voidService(id, reason);
            redirect.addFlashAttribute("flash", "assistance.services.voided-now");
            return "redirect:/assistance/services?person=" + voided.person();
        } catch (InvalidFields noReason) {
            ServiceRecord service = services.get(id);
            redirect.addFlashAttribute("voidError", id.toString());
            return "redirect:/assistance/services?person=" + service.person();
        }
    }

    @GetMapping("/assistance/activities")
    String activities(@RequestParam(defaultValue = "0") int page, Model model) {
        prepareActivities(page, model);
        model.addAttribute(
                "form",
                new ActivityForm("", "", "", LocalDate.now(MissionTime.ZONE).toString(), "", "", "0", "0", "0", "0"));
        model.addAttribute("errors", Map.of());
        return "assistance/activities/list";
    }

    @PostMapping("/assistance/activities")
    String recordActivity(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String baladiya,
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String project,
            @RequestParam(defaultValue = "0") String women,
            @RequestParam(defaultValue = "0") String men,
            @RequestParam(defaultValue = "0") String girls,
            @RequestParam(defaultValue = "0") String boys,
            Model model,
            RedirectAttributes redirect) {
        ActivityForm form =
                new ActivityForm(kind, topic, baladiya, heldOn, programme, project, women, men, girls, boys);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date(heldOn, "heldOn", errors);
        Integer w = number(women, "women", errors);
        Integer m = number(men, "men", errors);
        Integer g = number(girls, "girls", errors);
        Integer b = number(boys, "boys", errors);
        if (errors.isEmpty()) {
            try {
                activities.record(new GroupActivityDraft(
                        kind,
                        topic,
                        null,
                        baladiya,
                        day,
                        programme.isBlank() ? null : programme,
                        project,
                        w,
                        m,
                        g,
                        b,
                        List.of(),
                        List.of()));
                redirect.addFlashAttribute("flash", "assistance.activities.recorded");
                return "redirect:/assistance/activities";
            } catch (InvalidFields refused) {
                for (InvalidFields.Field field : refused.fields()) {
                    errors.putIfAbsent(field.field().replaceAll("\\[.*", ""), message(field.code()));
                }
            }
        }
        prepareActivities(0, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assistance/activities/list";
    }

    private void prepareActivities(int page, Model model) {
        PageJson<GroupActivity> found = activities.list(new Paging(Math.max(page, 0), PAGE_SIZE));
        Map<String, String> kinds = typeNames(activities.kinds());
        model.addAttribute("activities", found);
        model.addAttribute("kindNames", kinds);
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("kinds", options(activities.kinds()));
        model.addAttribute("baladiyaOptions", baladiyaOptions());
        model.addAttribute("programmes", programmes());
    }

    private void prepareServiceForm(String person, Model model) {
        String name = "";
        try {
            if (!person.isBlank()) {
                PersonId id = new PersonId(java.util.UUID.fromString(person.strip()));
                name = label(people.labels(List.of(id)).get(id));
            }
        } catch (IllegalArgumentException notAnId) {
            name = "";
        }
        model.addAttribute("personName", name);
        model.addAttribute("types", options(services.types()));
        model.addAttribute("baladiyaOptions", baladiyaOptions());
        model.addAttribute("programmes", programmes());
    }

    private List<Option> options(List<ServiceType> types) {
        Locale locale = LocaleContextHolder.getLocale();
        return types.stream().map(t -> new Option(t.code(), t.name(locale))).toList();
    }

    private Map<String, String> typeNames(List<ServiceType> types) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        types.forEach(t -> names.put(t.code(), t.name(locale)));
        return names;
    }

    private List<Option> baladiyaOptions() {
        boolean arabic = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        return gazetteer.allBaladiya().stream()
                .map((Baladiya b) -> new Option(b.pcode().value(), arabic ? b.nameAr() : b.nameEn()))
                .toList();
    }

    private List<Option> programmes() {
        return Arrays.stream(Programme.values())
                .map(p -> new Option(p.name(), message("access.programme." + p.name())))
                .toList();
    }

    private static String label(@Nullable PersonLabel label) {
        if (label == null) {
            return "";
        }
        boolean arabic = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        String name = arabic && !label.arabic().isBlank() ? label.arabic() : label.latin();
        return (name.isBlank() ? label.arabic() : name) + " · " + label.registrationNumber();
    }

    private @Nullable LocalDate date(String value, String field, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            errors.put(field, message("assistance.error.date"));
            return null;
        }
    }

    private @Nullable Integer number(String value, String field, Map<String, String> errors) {
        if (value.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, message("assistance.error.unknown"));
            return null;
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
