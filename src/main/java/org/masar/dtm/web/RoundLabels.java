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
        return labels;
    }

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
