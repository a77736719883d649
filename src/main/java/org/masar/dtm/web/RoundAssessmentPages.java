package org.masar.dtm.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.masar.dtm.KeyInformant;
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
 * round one form for the headline figures (and any other figure as {@code key=value} lines), the key informants (role,
 * sex and organisation type from fixed lists, never a name; each kept or removed, one added at a time) and the priority
 * needs of each population ranked by sector. The whole entry is saved by one {@link Assessments#put}: a refused entry
 * (a sector ranked twice…) writes nothing and is shown on the form with each field's message.
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
            Model model,
            Locale locale) {
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
        model.addAttribute("fieldMessages", RoundLabels.fieldMessages(messages, locale, model));
        model.addAttribute("roles", RoundLabels.ROLES);
        model.addAttribute("organisations", RoundLabels.ORGANISATIONS);
        model.addAttribute("populations", FigureKey.POPULATIONS);
        model.addAttribute("sectors", AssessmentEntry.SECTORS);
        model.addAttribute(
                "ranks",
                java.util.stream.IntStream.rangeClosed(1, AssessmentEntry.SECTORS.size())
                        .boxed()
                        .toList());
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
            boolean detailed = parameters.containsKey("detailed");
            assessments.put(
                    id,
                    unit,
                    new AssessmentEntry(
                            date(assessedOn),
                            figures,
                            detailed
                                    ? informants(parameters)
                                    : current.map(Assessment::keyInformants).orElse(List.of()),
                            detailed
                                    ? needs(parameters)
                                    : current.map(Assessment::priorityNeeds).orElse(Map.of())));
            redirect.addFlashAttribute("flash", "dtm.assessment.saved");
        } catch (InvalidFields invalid) {
            redirect.addFlashAttribute("problemCode", invalid.code());
            redirect.addFlashAttribute(
                    "fieldErrors",
                    invalid.fields().stream()
                            .map(InvalidFields.Field::code)
                            .distinct()
                            .toList());
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/dtm/rounds/" + id + "/assessments/" + UriUtils.encodePathSegment(unit, "UTF-8");
    }

    /**
     * The informants of the form: the ones shown ({@code informant.N.role}, {@code .sex}, {@code .organisation}) unless
     * ticked for removal ({@code .remove}), and the one added when its role is chosen. Codes are checked by the face.
     */
    private static List<KeyInformant> informants(Map<String, String> parameters) {
        List<KeyInformant> informants = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            String prefix = "informant." + i + ".";
            String role = parameters.getOrDefault(prefix + "role", "").strip();
            if (role.isEmpty() || parameters.containsKey(prefix + "remove")) {
                continue;
            }
            String sex = parameters.getOrDefault(prefix + "sex", "").strip();
            informants.add(new KeyInformant(
                    role,
                    sex.isEmpty() ? null : sex,
                    parameters.getOrDefault(prefix + "organisation", "").strip()));
        }
        return informants;
    }

    /**
     * The priority needs of the form: per population, the sectors chosen at ranks 1…8 ({@code need.idps.1}…), in rank
     * order, blanks skipped. A sector named twice is left for the face to refuse, so that nothing is written.
     */
    private static Map<String, List<String>> needs(Map<String, String> parameters) {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (String population : FigureKey.POPULATIONS) {
            List<String> sectors = new ArrayList<>();
            for (int rank = 1; rank <= AssessmentEntry.SECTORS.size(); rank++) {
                String sector = parameters
                        .getOrDefault("need." + population + "." + rank, "")
                        .strip();
                if (!sector.isEmpty()) {
                    sectors.add(sector);
                }
            }
            if (!sectors.isEmpty()) {
                needs.put(population, sectors);
            }
        }
        return needs;
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
