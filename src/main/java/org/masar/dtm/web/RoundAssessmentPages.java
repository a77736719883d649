package org.masar.dtm.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.Assessment;
import org.masar.dtm.AssessmentEntry;
import org.masar.dtm.Assessments;
import org.masar.dtm.FigureKey;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.Rounds;
import org.masar.shared.InvalidFields;
import org.masar.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * One unit's assessment in a round, on a phone: its figures, informants and needs, and for an enumerator of an open
 * round a form for the headline figures (and any other figure as {@code key=value} lines). The form edits the figures
 * it shows and keeps the rest of the assessment (informants, needs, other figures) as they are.
 */
@Controller
@RequestMapping("/dtm/rounds/{id}")
class RoundAssessmentPages {

    private final Rounds rounds;
    private final Assessments assessments;
    private final org.springframework.context.MessageSource messages;

    RoundAssessmentPages(Rounds rounds, Assessments assessments, org.springframework.context.MessageSource messages) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("labels")
    Map<String, String> labels(Locale locale) {
        return RoundLabels.of(messages, locale);
    }

    /** The "open a unit" form of the round's page. */
    @GetMapping("/assessment")
    String open(@PathVariable RoundId id, @RequestParam(defaultValue = "") String pcode) {
        String unit = pcode.strip().toUpperCase(Locale.ROOT);
        if (!unit.matches("LY\\d{6}(\\d{2})?")) {
            return "redirect:/dtm/rounds/" + id;
        }
        return "redirect:/dtm/rounds/" + id + "/assessments/" + unit;
    }

    @GetMapping("/assessments/{pcode}")
    String show(
            @PathVariable RoundId id,
            @PathVariable String pcode,
            @RequestParam(required = false) @Nullable Integer version,
            Model model) {
        RoundSummary round = rounds.get(id);
        String unit = pcode.strip().toUpperCase(Locale.ROOT);
        Optional<Assessment> assessment = assessments.find(id, unit, version);
        model.addAttribute("round", round);
        model.addAttribute("pcode", unit);
        model.addAttribute("assessment", assessment.orElse(null));
        model.addAttribute("keys", FigureKey.TOTALS);
        Map<String, Long> others =
                new TreeMap<>(assessment.map(Assessment::figures).orElse(Map.of()));
        FigureKey.TOTALS.forEach(others::remove);
        StringBuilder lines = new StringBuilder();
        others.forEach(
                (key, value) -> lines.append(key).append('=').append(value).append('\n'));
        model.addAttribute("otherFigures", lines.toString());
        return "dtm/rounds/assessment";
    }

    @PostMapping("/assessments/{pcode}")
    String save(
            @PathVariable RoundId id,
            @PathVariable String pcode,
            @RequestParam(defaultValue = "") String assessedOn,
            @RequestParam(defaultValue = "") String otherFigures,
            @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        String unit = pcode.strip().toUpperCase(Locale.ROOT);
        try {
            Optional<Assessment> current = assessments.find(id, unit, null);
            Map<String, Long> figures = new LinkedHashMap<>();
            for (String key : FigureKey.TOTALS) {
                String value = parameters.getOrDefault("figure." + key, "").strip();
                if (!value.isEmpty()) {
                    figures.put(key, count(key, value));
                }
            }
            for (String line : otherFigures.split("\\R")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    String key = line.substring(0, equals).strip();
                    figures.put(key, count(key, line.substring(equals + 1).strip()));
                }
            }
            assessments.put(
                    id,
                    unit,
                    new AssessmentEntry(
                            date(assessedOn),
                            figures,
                            current.map(Assessment::keyInformants).orElse(List.of()),
                            current.map(Assessment::priorityNeeds).orElse(Map.of())));
            redirect.addFlashAttribute("flash", "dtm.assessment.saved");
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/dtm/rounds/" + id + "/assessments/" + UriUtils.encodePathSegment(unit, "UTF-8");
    }

    private static long count(String key, String value) {
        try {
            long count = Long.parseLong(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidFields(List.of(new InvalidFields.Field("figures." + key, "dtm.assessment.figure-value")));
    }

    private static @Nullable LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFields(List.of(new InvalidFields.Field("assessedOn", "dtm.assessment.assessed-on")));
        }
    }
}
