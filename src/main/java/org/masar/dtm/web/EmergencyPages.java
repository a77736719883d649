package org.masar.dtm.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEvent;
import org.masar.dtm.EmergencyEventId;
import org.masar.dtm.EmergencyEventType;
import org.masar.dtm.EmergencyEvents;
import org.masar.dtm.EmergencyNewEvent;
import org.masar.dtm.EmergencyNewUpdate;
import org.masar.dtm.EmergencyUpdate;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.geo.InvalidPCode;
import org.masar.geo.PCode;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emergency events' pages: the list (overdue ones marked) with the new-event form, and an event's page with its
 * updates and the add-update form. Times are entered and shown in Libya's time.
 */
@Controller
@RequestMapping("/dtm/events")
class EmergencyPages {

    static final int PAGE_SIZE = 25;

    /**
     * One event as a row shows it.
     *
     * @param id the event's id
     * @param type its type's label
     * @param incidentAt when, in Libya's time
     * @param baladiya the baladiya's name
     * @param households displaced households now
     * @param persons displaced persons now
     * @param needs the needs' labels
     * @param due when its first report is due, in Libya's time
     * @param overdue no first report although due
     * @param late its first report came late
     * @param reported it has a first report
     * @param description what happened
     * @param updates how many updates it has
     */
    record FieldEventRow(
            String id,
            String type,
            String incidentAt,
            String baladiya,
            long households,
            long persons,
            List<String> needs,
            String due,
            boolean overdue,
            boolean late,
            boolean reported,
            @Nullable String description,
            int updates) {}

    /**
     * One update as the event's page shows it.
     *
     * @param asOf the time its figures hold at, in Libya's time
     * @param households displaced households
     * @param persons displaced persons
     * @param needs the needs' labels
     * @param note what else is known
     * @param late it was the first report, recorded late
     * @param recordedAt when it was recorded, in Libya's time
     */
    record FieldUpdateRow(
            String asOf,
            long households,
            long persons,
            List<String> needs,
            @Nullable String note,
            boolean late,
            String recordedAt) {}

    private final EmergencyEvents events;
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final FieldLabels labels;
    private final java.time.Clock clock;

    EmergencyPages(
            EmergencyEvents events, Gazetteer gazetteer, Sites sites, FieldLabels labels, java.time.Clock clock) {
        this.events = events;
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        return showList(model, locale, page, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('dtm:collect')")
    String create(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
        FieldForms form = new FieldForms(params);
        EmergencyEventType type = null;
        String typeText = form.text("type");
        if (typeText == null
                || Arrays.stream(EmergencyEventType.values())
                        .noneMatch(t -> t.name().equals(typeText))) {
            form.errors().add(new InvalidFields.Field("type", "dtm-field.invalid.required"));
        } else {
            type = EmergencyEventType.valueOf(typeText);
        }
        LocalDateTime incidentAt = form.dateTime("incidentAt", true);
        PCode baladiya = null;
        try {
            baladiya = PCode.parseOptional(form.text("baladiya")).orElse(null);
        } catch (InvalidPCode bad) {
            // Named below, as a missing one is.
        }
        if (baladiya == null) {
            form.errors().add(new InvalidFields.Field("baladiya", "dtm-field.invalid.baladiya"));
        }
        SiteId site = null;
        String siteText = form.text("siteId");
        if (siteText != null) {
            try {
                site = SiteId.parse(siteText);
            } catch (org.masar.geo.SiteNotFound unknown) {
                form.errors().add(new InvalidFields.Field("siteId", "dtm-field.invalid.site"));
            }
        }
        EmergencyEvent event;
        try {
            if (!form.errors().isEmpty() || type == null || incidentAt == null || baladiya == null) {
                throw new InvalidFields(form.errors());
            }
            event = events.create(new EmergencyNewEvent(type, incidentAt, baladiya, site, form.text("description")));
        } catch (InvalidFields refused) {
            model.addAttribute("problemCode", refused.code());
            model.addAttribute("errors", labels.errors(refused, locale));
            return showList(model, locale, 0, params);
        }
        redirect.addFlashAttribute("flash", "dtm-field.events.created");
        return "redirect:/dtm/events/" + event.id();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    String event(@PathVariable EmergencyEventId id, Model model, Locale locale) {
        return showEvent(model, locale, id, Map.of(), List.of());
    }

    @PostMapping("/{id}/updates")
    @PreAuthorize("hasAuthority('dtm:collect')")
    String addUpdate(
            @PathVariable EmergencyEventId id,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> params = posted.toSingleValueMap();
        List<String> needs = posted.getOrDefault("needs", List.of());
        FieldForms form = new FieldForms(params);
        LocalDateTime asOf = form.dateTime("asOf", false);
        Long households = form.number("households");
        Long persons = form.number("persons");
        if (households == null) {
            form.errors().add(new InvalidFields.Field("households", "dtm-field.invalid.required"));
        }
        if (persons == null) {
            form.errors().add(new InvalidFields.Field("persons", "dtm-field.invalid.required"));
        }
        try {
            if (!form.errors().isEmpty() || households == null || persons == null) {
                throw new InvalidFields(form.errors());
            }
            events.addUpdate(id, new EmergencyNewUpdate(asOf, households, persons, needs, form.text("note")));
        } catch (InvalidFields refused) {
            model.addAttribute("problemCode", refused.code());
            model.addAttribute("errors", labels.errors(refused, locale));
            return showEvent(model, locale, id, params, needs);
        }
        redirect.addFlashAttribute("flash", "dtm-field.events.updated");
        return "redirect:/dtm/events/" + id;
    }

    private String showList(Model model, Locale locale, int page, Map<String, String> form) {
        PageJson<EmergencyEvent> found = events.list(new Paging(page, PAGE_SIZE));
        model.addAttribute("events", found.map(event -> row(event, locale)));
        model.addAttribute("pages", found.pageCount());
        model.addAttribute("overdue", events.overdue().size());
        model.addAttribute("form", form);
        model.addAttribute(
                "typeLabels",
                labels.of(
                        "dtm-field.event.type.",
                        Arrays.stream(EmergencyEventType.values())
                                .map(Enum::name)
                                .toList(),
                        locale));
        LocalDate today = MissionTime.today(clock);
        model.addAttribute(
                "now",
                LocalDateTime.ofInstant(clock.instant(), MissionTime.ZONE)
                        .withSecond(0)
                        .withNano(0));
        model.addAttribute(
                "baladiyaChoices",
                gazetteer.allBaladiya().stream()
                        .filter(b -> b.isCurrentOn(today))
                        .toList());
        List<Site> siteChoices = FieldLabels.holds("geo:read")
                ? sites.search(new SiteFilter(null, null, null, true), Paging.first(Paging.MAX_SIZE))
                        .items()
                : List.of();
        model.addAttribute("siteChoices", siteChoices);
        return "dtm/field/events";
    }

    private String showEvent(
            Model model, Locale locale, EmergencyEventId id, Map<String, String> form, List<String> needs) {
        EmergencyEvent event = events.get(id);
        List<FieldUpdateRow> updates = new ArrayList<>();
        Map<String, String> needLabels = labels.of("dtm-field.need.", EmergencyEvents.NEEDS, locale);
        for (EmergencyUpdate update : events.updates(id)) {
            updates.add(new FieldUpdateRow(
                    FieldLabels.libya(update.asOf()),
                    update.households(),
                    update.persons(),
                    update.needs().stream()
                            .map(n -> needLabels.getOrDefault(n, n))
                            .toList(),
                    update.note(),
                    update.late(),
                    FieldLabels.libya(update.recordedAt())));
        }
        model.addAttribute("event", row(event, locale));
        model.addAttribute(
                "site",
                event.site() == null || !FieldLabels.holds("geo:read")
                        ? null
                        : sites.find(event.site()).orElse(null));
        model.addAttribute("updates", updates);
        model.addAttribute("form", form);
        model.addAttribute("checkedNeeds", new ArrayList<>(needs));
        model.addAttribute("needLabels", needLabels);
        return "dtm/field/event";
    }

    private FieldEventRow row(EmergencyEvent event, Locale locale) {
        Map<String, String> needLabels = labels.of("dtm-field.need.", EmergencyEvents.NEEDS, locale);
        String baladiya = gazetteer
                .findBaladiya(new PCode(event.baladiya()))
                .map((Baladiya b) -> b.name(locale))
                .orElse(event.baladiya());
        return new FieldEventRow(
                event.id().toString(),
                labels.of("dtm-field.event.type.", List.of(event.type().name()), locale)
                        .get(event.type().name()),
                FieldLabels.libya(event.incidentAt()),
                baladiya,
                event.households(),
                event.persons(),
                event.needs().stream().map(n -> needLabels.getOrDefault(n, n)).toList(),
                FieldLabels.libya(event.firstReportDue()),
                event.overdue(),
                event.firstReportLate(),
                event.firstReportedAt() != null,
                event.description(),
                event.updates());
    }
}
