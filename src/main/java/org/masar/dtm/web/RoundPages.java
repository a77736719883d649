package org.masar.dtm.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.Assessments;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.FigureChange;
import org.masar.dtm.FigureKey;
import org.masar.dtm.ImportFile;
import org.masar.dtm.ImportMapping;
import org.masar.dtm.ImportReport;
import org.masar.dtm.ImportRow;
import org.masar.dtm.NewRound;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.Rounds;
import org.masar.dtm.UnitChange;
import org.masar.dtm.UnitFigures;
import org.masar.dtm.ValidationFlagId;
import org.masar.geo.Gazetteer;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rounds' pages: the list with the planning form, and a round's detail (status and versions, coverage, validation
 * flags with their confirmation form, figures at a chosen level with the change from the previous round, the import
 * form and its report, and the lifecycle's buttons). Forms post and redirect; a refused step is shown as the problem's
 * localised alert.
 */
@Controller
@RequestMapping("/dtm/rounds")
class RoundPages {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Rounds rounds;
    private final Assessments assessments;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    RoundPages(Rounds rounds, Assessments assessments, Gazetteer gazetteer, MessageSource messages) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    /** The labels of the codes the pages show (statuses, rules, figures…), in the reader's language. */
    @org.springframework.web.bind.annotation.ModelAttribute("labels")
    Map<String, String> labels(Locale locale) {
        return RoundLabels.of(messages, locale);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageJson<RoundSummary> found = rounds.list(new Paging(page, 50));
        model.addAttribute("rounds", found);
        model.addAttribute("pages", found.pageCount());
        return "dtm/rounds/list";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String periodStart,
            @RequestParam(required = false) @Nullable String periodEnd,
            RedirectAttributes redirect) {
        try {
            RoundSummary round = rounds.create(new NewRound(
                    parseNumber(number),
                    parseDate(periodStart, "periodStart"),
                    parseDate(periodEnd, "periodEnd"),
                    null));
            redirect.addFlashAttribute("flash", "dtm.round.created");
            return "redirect:/dtm/rounds/" + round.id();
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
            return "redirect:/dtm/rounds";
        }
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable RoundId id,
            @RequestParam(defaultValue = "baladiya") String level,
            @RequestParam(required = false) @Nullable Integer version,
            Model model,
            Locale locale) {
        return show(id, level, version, null, model, locale);
    }

    @PostMapping("/{id}/collection")
    String collect(@PathVariable RoundId id, RedirectAttributes redirect) {
        return step(id, redirect, "dtm.round.collection-started", () -> rounds.startCollection(id));
    }

    @PostMapping("/{id}/validation")
    String validate(@PathVariable RoundId id, RedirectAttributes redirect) {
        return step(id, redirect, "dtm.round.validated", () -> rounds.validate(id));
    }

    @PostMapping("/{id}/publication-request")
    String requestPublication(@PathVariable RoundId id, RedirectAttributes redirect) {
        return step(id, redirect, "dtm.round.publication-requested", () -> rounds.requestPublication(id));
    }

    @PostMapping("/{id}/corrections")
    String correct(
            @PathVariable RoundId id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "dtm.round.correction-opened", () -> rounds.openCorrection(id, reason));
    }

    @PostMapping("/{id}/validation-flags/{flagId}/confirmation")
    String confirm(
            @PathVariable RoundId id,
            @PathVariable ValidationFlagId flagId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "dtm.flag.confirmed", () -> rounds.confirmFlag(id, flagId, reason));
    }

    /** Records a baladiya or muhalla as not assessed: by the P-code typed, else the baladiya chosen. */
    @PostMapping("/{id}/gaps")
    String recordGap(
            @PathVariable RoundId id,
            @RequestParam(defaultValue = "") String pcode,
            @RequestParam(defaultValue = "") String baladiya,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        String unit = (pcode.isBlank() ? baladiya : pcode).strip().toUpperCase(Locale.ROOT);
        return step(id, redirect, "dtm.gap.recorded", () -> {
            if (unit.isEmpty()) {
                throw new InvalidFields(List.of(new InvalidFields.Field("pcode", "dtm.gap.unit.required")));
            }
            assessments.putGap(id, unit, reason.strip(), note.isBlank() ? null : note.strip());
        });
    }

    @PostMapping("/{id}/gaps/{pcode}/removal")
    String removeGap(@PathVariable RoundId id, @PathVariable String pcode, RedirectAttributes redirect) {
        return step(id, redirect, "dtm.gap.removed", () -> assessments.deleteGap(id, pcode));
    }

    @PostMapping("/{id}/imports")
    String importFile(
            @PathVariable RoundId id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String sheet,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "baladiya") String importLevel,
            @RequestParam Map<String, String> parameters,
            Model model,
            Locale locale)
            throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String key : FigureKey.TOTALS) {
            String column = parameters.get("column." + key);
            if (column != null && !column.isBlank()) {
                figures.put(key, column.strip());
            }
        }
        String extra = parameters.getOrDefault("extra", "");
        for (String line : extra.split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.substring(equals + 1).isBlank()) {
                figures.put(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
        }
        RoundImportView report = null;
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidFields(List.of(new InvalidFields.Field("file", "dtm.import.file.required")));
            }
            ImportReport imported = assessments.importFile(
                    id,
                    new ImportFile(
                            file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                            file.getBytes(),
                            sheet,
                            new ImportMapping(unit, importLevel, figures)));
            report = view(imported, locale);
        } catch (ProblemException refused) {
            model.addAttribute("problemCode", refused.code());
        }
        return show(id, "baladiya", null, report, model, locale);
    }

    private String show(
            RoundId id,
            String levelName,
            @Nullable Integer version,
            @Nullable RoundImportView report,
            Model model,
            Locale locale) {
        RoundSummary round = rounds.get(id);
        DtmLevel level;
        try {
            level = DtmLevel.parse(levelName);
        } catch (ProblemException unknown) {
            level = DtmLevel.BALADIYA;
        }
        model.addAttribute("round", round);
        model.addAttribute("versions", rounds.versions(id));
        model.addAttribute("coverage", rounds.coverage(id, null));
        model.addAttribute("flags", rounds.flags(id, null));
        model.addAttribute("level", level.code());
        model.addAttribute(
                "levels",
                List.of(DtmLevel.values()).stream().map(DtmLevel::code).toList());
        model.addAttribute("version", version);
        model.addAttribute("keys", FigureKey.TOTALS);
        model.addAttribute("previous", rounds.previousPublished(id).orElse(null));
        model.addAttribute("rows", rows(id, version, level, locale));
        model.addAttribute("report", report);
        boolean arabic = "ar".equals(locale.getLanguage());
        model.addAttribute(
                "gaps",
                assessments.gaps(id, version).stream()
                        .map(gap -> new RoundGapView(
                                gap.pcode(), arabic ? gap.nameAr() : gap.nameEn(), gap.reason(), gap.note()))
                        .toList());
        model.addAttribute("reasons", org.masar.dtm.CoverageGap.REASONS);
        model.addAttribute("fieldMessages", RoundLabels.fieldMessages(messages, locale, model));
        model.addAttribute("baladiyaChoices", baladiyaChoices(locale));
        model.addAttribute(
                "imports",
                assessments.imports(id).stream()
                        .map(imported -> new RoundPastImport(
                                imported.id().toString(),
                                WHEN.format(imported.importedAt().atZone(MissionTime.ZONE)),
                                imported.version(),
                                imported.fileName(),
                                imported.sheet(),
                                imported.outcome().name(),
                                imported.outcome() == org.masar.dtm.ImportOutcome.IMPORTED
                                        ? imported.rows().size()
                                        : 0,
                                (int) imported.rows().stream()
                                        .filter(row -> !row.ok())
                                        .count(),
                                view(imported, locale)))
                        .toList());
        return "dtm/rounds/detail";
    }

    private List<RoundRow> rows(RoundId id, @Nullable Integer version, DtmLevel level, Locale locale) {
        boolean arabic = "ar".equals(locale.getLanguage());
        List<RoundRow> rows = new ArrayList<>();
        try {
            if (version == null) {
                for (UnitChange unit : rounds.changes(id, level)) {
                    List<RoundRow.Cell> cells = new ArrayList<>();
                    for (String key : FigureKey.TOTALS) {
                        FigureChange change = unit.figures().get(key);
                        cells.add(
                                change == null
                                        ? new RoundRow.Cell(null, null, false)
                                        : new RoundRow.Cell(
                                                change.value(),
                                                change(change),
                                                change.difference() != null && change.difference() > 0));
                    }
                    rows.add(new RoundRow(unit.pcode(), arabic ? unit.nameAr() : unit.nameEn(), cells));
                }
            } else {
                for (UnitFigures unit : rounds.figures(id, version, level)) {
                    List<RoundRow.Cell> cells = new ArrayList<>();
                    for (String key : FigureKey.TOTALS) {
                        cells.add(new RoundRow.Cell(unit.figures().get(key), null, false));
                    }
                    rows.add(new RoundRow(unit.pcode(), arabic ? unit.nameAr() : unit.nameEn(), cells));
                }
            }
        } catch (ProblemException none) {
            // No version the reader may see yet: the table stays empty.
        }
        return rows;
    }

    private static @Nullable String change(FigureChange change) {
        if (change.difference() == null) {
            return null;
        }
        String difference = (change.difference() > 0 ? "+" : "") + change.difference();
        if (change.share() == null) {
            return difference;
        }
        return difference + " (" + (change.share() > 0 ? "+" : "")
                + String.format(Locale.ROOT, "%.1f", change.share() * 100) + " %)";
    }

    private RoundImportView view(ImportReport report, Locale locale) {
        boolean arabic = "ar".equals(locale.getLanguage());
        List<RoundImportView.Row> rows = new ArrayList<>();
        for (ImportRow row : report.rows()) {
            String reason = null;
            if (row.problem() != null) {
                Object[] arguments = row.problemArguments().stream()
                        .map(argument -> argument.startsWith("dtm.import.level.")
                                ? messages.getMessage(argument, null, argument, locale)
                                : argument)
                        .toArray();
                reason = messages.getMessage(row.problem(), arguments, row.problem(), locale);
            }
            rows.add(new RoundImportView.Row(
                    row.line(),
                    row.unit(),
                    row.pcode(),
                    arabic ? row.nameAr() : row.nameEn(),
                    row.ok(),
                    reason,
                    row.candidates().stream()
                            .map(c -> c.pcode() + " " + (arabic ? c.nameAr() : c.nameEn()))
                            .toList()));
        }
        return new RoundImportView(report.outcome().name(), report.fileName(), rows);
    }

    /** The current baladiya to choose a gap's unit from, by name in the reader's language. */
    private List<Map.Entry<String, String>> baladiyaChoices(Locale locale) {
        LocalDate today = LocalDate.now(MissionTime.ZONE);
        return gazetteer.baladiya(null).stream()
                .filter(unit -> unit.isCurrentOn(today))
                .map(unit -> Map.entry(unit.pcode().value(), unit.name(locale)))
                .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(locale)))
                .toList();
    }

    private String step(RoundId id, RedirectAttributes redirect, String done, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("flash", done);
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
        return "redirect:/dtm/rounds/" + id;
    }

    private static int parseNumber(@Nullable String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFields(List.of(new InvalidFields.Field("number", "dtm.round.number.positive")));
        }
    }

    private static LocalDate parseDate(@Nullable String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFields(List.of(new InvalidFields.Field(
                    field, "dtm.round." + field.replace("period", "period-").toLowerCase(Locale.ROOT) + ".required")));
        }
    }
}
