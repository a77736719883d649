package org.masar.dtm.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.DetentionCentreRefused;
import org.masar.dtm.DetentionNewSnapshot;
import org.masar.dtm.DetentionProfiles;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotFound;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The detention-centres page: the centres with their latest snapshot and occupancy, a centre's history (for
 * {@code dtm:read}) and the snapshot form (for {@code dtm:collect}).
 */
@Controller
@RequestMapping("/dtm/detention")
class DetentionPages {

    private final DetentionProfiles profiles;
    private final FieldLabels labels;
    private final java.time.Clock clock;

    DetentionPages(DetentionProfiles profiles, FieldLabels labels, java.time.Clock clock) {
        this.profiles = profiles;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    String page(@RequestParam(required = false) @Nullable String centre, Model model, Locale locale) {
        return show(model, locale, centre, Map.of(), List.of());
    }

    @PostMapping("/snapshots")
    @PreAuthorize("hasAuthority('dtm:collect')")
    String record(
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> params = posted.toSingleValueMap();
        List<String> services = posted.getOrDefault("services", List.of());
        FieldForms form = new FieldForms(params);
        String site = form.text("siteId");
        LocalDate day = form.date("observedOn");
        Map<String, String> conditions = new LinkedHashMap<>();
        for (String condition : DetentionProfiles.CONDITIONS) {
            String level = form.text("condition-" + condition);
            if (level != null) {
                conditions.put(condition, level);
            }
        }
        DetentionNewSnapshot snapshot = new DetentionNewSnapshot(
                form.flow("population", "population"),
                form.number("capacity"),
                services,
                conditions,
                form.text("notes"));
        if (site == null) {
            form.errors().add(new InvalidFields.Field("siteId", "dtm-field.invalid.required"));
        }
        try {
            if (!form.errors().isEmpty() || site == null || day == null) {
                throw new InvalidFields(form.errors());
            }
            profiles.record(SiteId.parse(site), day, snapshot);
        } catch (InvalidFields refused) {
            model.addAttribute("problemCode", refused.code());
            model.addAttribute("errors", labels.errors(refused, locale));
            return show(model, locale, null, params, services);
        } catch (SiteNotFound | DetentionCentreRefused refused) {
            model.addAttribute("problemCode", refused.code());
            return show(model, locale, null, params, services);
        }
        redirect.addFlashAttribute("flash", "dtm-field.detention.recorded");
        return "redirect:/dtm/detention?centre=" + site;
    }

    private String show(
            Model model, Locale locale, @Nullable String centre, Map<String, String> form, List<String> services) {
        model.addAttribute("centres", profiles.centres());
        model.addAttribute("form", form);
        model.addAttribute("checkedServices", new ArrayList<>(services));
        model.addAttribute("today", MissionTime.today(clock));
        model.addAttribute("serviceLabels", labels.of("dtm-field.service.", DetentionProfiles.SERVICES, locale));
        model.addAttribute("conditionLabels", labels.of("dtm-field.condition.", DetentionProfiles.CONDITIONS, locale));
        model.addAttribute("levelLabels", labels.of("dtm-field.level.", DetentionProfiles.LEVELS, locale));
        labels.forms(model, locale);
        if (centre != null && FieldLabels.holds("dtm:read")) {
            SiteId id = SiteId.parse(centre);
            model.addAttribute("history", profiles.snapshots(id));
            model.addAttribute(
                    "historyOf",
                    profiles.centres().stream()
                            .filter(c -> c.site().id().equals(id))
                            .findFirst()
                            .orElse(null));
        }
        return "dtm/field/detention";
    }
}
