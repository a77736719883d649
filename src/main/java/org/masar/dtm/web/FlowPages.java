package org.masar.dtm.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringNewCount;
import org.masar.dtm.FlowMonitoringSiteRefused;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotFound;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flow-monitoring page: the points with their latest counts, the form for a day's count (for {@code dtm:collect})
 * and the summary over a period (for {@code dtm:read}). A refused count is shown again with what was typed and the
 * fields in error.
 */
@Controller
@RequestMapping("/dtm/flow")
class FlowPages {

    private final FlowMonitoring flows;
    private final FieldLabels labels;
    private final java.time.Clock clock;

    FlowPages(FlowMonitoring flows, FieldLabels labels, java.time.Clock clock) {
        this.flows = flows;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model,
            Locale locale) {
        return show(model, locale, from, to, Map.of());
    }

    @PostMapping("/counts")
    @PreAuthorize("hasAuthority('dtm:collect')")
    String record(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
        FieldForms form = new FieldForms(params);
        String site = form.text("siteId");
        LocalDate day = form.date("day");
        FlowMonitoringNewCount count =
                new FlowMonitoringNewCount(form.flow("in", "incoming"), form.flow("out", "outgoing"));
        if (site == null) {
            form.errors().add(new InvalidFields.Field("siteId", "dtm-field.invalid.required"));
        }
        try {
            if (!form.errors().isEmpty() || site == null || day == null) {
                throw new InvalidFields(form.errors());
            }
            flows.record(SiteId.parse(site), day, count);
        } catch (InvalidFields refused) {
            model.addAttribute("problemCode", refused.code());
            model.addAttribute("errors", labels.errors(refused, locale));
            return show(model, locale, null, null, params);
        } catch (SiteNotFound | FlowMonitoringSiteRefused refused) {
            model.addAttribute("problemCode", refused.code());
            return show(model, locale, null, null, params);
        }
        redirect.addFlashAttribute("flash", "dtm-field.flow.recorded");
        return "redirect:/dtm/flow";
    }

    private String show(
            Model model, Locale locale, @Nullable String from, @Nullable String to, Map<String, String> form) {
        LocalDate today = MissionTime.today(clock);
        model.addAttribute("points", flows.points());
        model.addAttribute("form", form);
        model.addAttribute("today", today);
        labels.forms(model, locale);
        if (FieldLabels.holds("dtm:read")) {
            LocalDate last = parse(to, today);
            LocalDate first = parse(from, last.minusDays(29));
            model.addAttribute("from", first);
            model.addAttribute("to", last);
            try {
                model.addAttribute("summary", flows.summary(first, last, null, null));
            } catch (InvalidFields refused) {
                model.addAttribute("summaryRefused", true);
            }
        }
        return "dtm/field/flow";
    }

    private static LocalDate parse(@Nullable String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return otherwise;
        }
    }
}
