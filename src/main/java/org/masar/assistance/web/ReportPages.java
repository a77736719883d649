package org.masar.assistance.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.assistance.AssistanceReport;
import org.masar.assistance.AssistanceReports;
import org.masar.assistance.GroupActivities;
import org.masar.assistance.ReportFilter;
import org.masar.assistance.ServiceType;
import org.masar.assistance.Services;
import org.masar.geo.AdminUnit;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.shared.InvalidFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assistance report: a filter form, the figures (services by month and type, by sex and age band; group activities
 * by month and kind), a chart of people reached per month (drawn by {@code static/js/assistance-report.js} from the
 * JSON API, the same filter) and links to the exports. Phone-sized; the filter narrows the page with htmx and works
 * without it.
 */
@Controller
class ReportPages {

    private final AssistanceReports reports;
    private final Services services;
    private final GroupActivities activities;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    ReportPages(
            AssistanceReports reports,
            Services services,
            GroupActivities activities,
            Gazetteer gazetteer,
            MessageSource messages) {
        this.reports = reports;
        this.services = services;
        this.activities = activities;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    /** A value and its label, for a picker. */
    record Option(String value, String label) {}

    /** The filter as typed. */
    record ReportForm(
            String from, String to, String programme, String project, String type, String place, String source) {}

    @GetMapping("/assistance/reports")
    String report(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String project,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String source,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportFilter filter = ReportFilter.of(
                month(from, "from", errors), month(to, "to", errors), programme, project, type, place, source);
        ReportForm form = new ReportForm(
                filter.from().toString(),
                filter.to().toString(),
                programme.strip(),
                project.strip(),
                type.strip(),
                place.strip(),
                source.strip());
        AssistanceReport report = null;
        if (errors.isEmpty()) {
            try {
                report = reports.figures(filter);
            } catch (InvalidFields refused) {
                for (InvalidFields.Field field : refused.fields()) {
                    errors.putIfAbsent(field.field(), message(field.code()));
                }
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> typeNames = new LinkedHashMap<>();
        services.types().forEach((ServiceType t) -> typeNames.put(t.code(), t.name(locale)));
        Map<String, String> kindNames = new LinkedHashMap<>();
        activities.kinds().forEach(k -> kindNames.put(k.code(), k.name(locale)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("kindNames", kindNames);
        model.addAttribute(
                "types",
                typeNames.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute(
                "programmes",
                Arrays.stream(Programme.values())
                        .map(p -> new Option(p.name(), message("access.programme." + p.name())))
                        .toList());
        model.addAttribute("places", places());
        model.addAttribute("sources", List.of(ReportFilter.RECORDED, "distribution", "cash-cycle"));
        model.addAttribute("bands", AssistanceReport.AGE_BANDS);
        return "assistance/reports/report";
    }

    /** Regions, then mantika, then baladiya: the place filter matches a P-code and everything under it. */
    private List<Option> places() {
        boolean arabic = "ar".equals(LocaleContextHolder.getLocale().getLanguage());
        List<Option> options = new ArrayList<>();
        for (AdminUnit region : gazetteer.regions()) {
            options.add(new Option(region.pcode().value(), arabic ? region.nameAr() : region.nameEn()));
        }
        for (AdminUnit mantika : gazetteer.mantika(null)) {
            options.add(new Option(mantika.pcode().value(), "· " + (arabic ? mantika.nameAr() : mantika.nameEn())));
        }
        for (Baladiya baladiya : gazetteer.allBaladiya()) {
            options.add(new Option(baladiya.pcode().value(), "·· " + (arabic ? baladiya.nameAr() : baladiya.nameEn())));
        }
        return options;
    }

    private @Nullable YearMonth month(String value, String field, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                errors.put(field, message("assistance.error.too-old"));
                return null;
            }
            return month;
        } catch (DateTimeParseException malformed) {
            errors.put(field, message("assistance.error.month"));
            return null;
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
