package org.masar.dtm.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.FigureKey;
import org.springframework.context.MessageSource;

/**
 * The labels of the codes the DTM pages show (statuses, rules, figure keys, levels, import outcomes), resolved from the
 * bundles in the reader's language, so that templates name them as {@code labels['status.PUBLISHED']}.
 */
final class RoundLabels {

    private RoundLabels() {}

    static Map<String, String> of(MessageSource messages, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (org.masar.dtm.RoundStatus status : org.masar.dtm.RoundStatus.values()) {
            labels.put("status." + status.name(), messages.getMessage("dtm.status." + status.name(), null, locale));
        }
        for (org.masar.dtm.FlagStatus status : org.masar.dtm.FlagStatus.values()) {
            labels.put(
                    "flag-status." + status.name(),
                    messages.getMessage("dtm.flag.status." + status.name(), null, locale));
        }
        for (String rule : org.masar.dtm.ValidationFlag.RULES) {
            labels.put("rule." + rule, messages.getMessage("dtm.rule." + rule, null, locale));
        }
        for (String detail : DETAILS) {
            labels.put("detail." + detail, messages.getMessage("dtm.detail." + detail, null, locale));
        }
        for (String key : FigureKey.TOTALS) {
            labels.put("figure." + key, messages.getMessage("dtm.figure." + key, null, locale));
        }
        for (DtmLevel level : DtmLevel.values()) {
            labels.put("level." + level.code(), messages.getMessage("dtm.level." + level.code(), null, locale));
        }
        for (org.masar.dtm.ImportOutcome outcome : org.masar.dtm.ImportOutcome.values()) {
            labels.put(
                    "outcome." + outcome.name(),
                    messages.getMessage("dtm.import.outcome." + outcome.name(), null, locale));
        }
        for (String role : ROLES) {
            labels.put("role." + role, messages.getMessage("dtm.informant.role." + role, null, locale));
        }
        for (String organisation : ORGANISATIONS) {
            labels.put(
                    "organisation." + organisation,
                    messages.getMessage("dtm.informant.organisation." + organisation, null, locale));
        }
        for (String sex : List.of("f", "m")) {
            labels.put("sex." + sex, messages.getMessage("dtm.informant.sex." + sex, null, locale));
        }
        for (String population : FigureKey.POPULATIONS) {
            labels.put("population." + population, messages.getMessage("dtm.population." + population, null, locale));
        }
        for (String sector : org.masar.dtm.AssessmentEntry.SECTORS) {
            labels.put("sector." + sector, messages.getMessage("dtm.sector." + sector, null, locale));
        }
        for (String reason : org.masar.dtm.CoverageGap.REASONS) {
            labels.put("reason." + reason, messages.getMessage("dtm.gap.reason." + reason, null, locale));
        }
        return labels;
    }

    /**
     * The messages of a refused form's fields (the {@code fieldErrors} codes a POST flashed), in the reader's language.
     */
    static List<String> fieldMessages(MessageSource messages, Locale locale, org.springframework.ui.Model model) {
        Object codes = model.getAttribute("fieldErrors");
        if (!(codes instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(code -> messages.getMessage(String.valueOf(code), null, String.valueOf(code), locale))
                .toList();
    }

    /**
     * The informants' roles the pages offer. The face accepts any lower-case code (the API's partners may send
     * others, which the pages show as their code); these are the ones DTM Libya's key-informant forms use.
     */
    static final List<String> ROLES = List.of(
            "mukhtar",
            "municipality-official",
            "community-leader",
            "religious-leader",
            "crisis-committee-member",
            "health-worker",
            "teacher",
            "ngo-worker",
            "other");

    /** The informants' organisation types the pages offer (as {@link #ROLES}, a code the face accepts). */
    static final List<String> ORGANISATIONS =
            List.of("municipality", "crisis-committee", "local-council", "ngo", "un-agency", "community", "other");

    /** The names of the numbers a validation flag's detail holds. */
    static final List<String> DETAILS = List.of(
            "total",
            "sum",
            "breakdown",
            "complete",
            "individuals",
            "households",
            "size",
            "min",
            "max",
            "baladiya",
            "muhallaSum",
            "allMuhallaAssessed",
            "value",
            "previous",
            "share",
            "threshold");
}
