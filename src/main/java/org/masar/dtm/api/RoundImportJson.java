package org.masar.dtm.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.ImportReport;
import org.masar.dtm.ImportRow;
import org.springframework.context.MessageSource;

/**
 * An import's report: {@code {"id", "version", "fileName", "sheet", "outcome": "IMPORTED|REFUSED", "rows": [{"line",
 * "unit", "pcode", "nameEn", "nameAr", "status": "ok|error", "reason", "candidates": [{"pcode", "nameEn",
 * "nameAr"}]}], …}}, each reason in the caller's language.
 */
record RoundImportJson(
        String id,
        int version,
        String fileName,
        @Nullable String sheet,
        String outcome,
        int imported,
        int errors,
        List<Row> rows,
        Instant importedAt,
        String importedBy) {

    /** One row of the report. */
    record Row(
            int line,
            String unit,
            @Nullable String pcode,
            @Nullable String nameEn,
            @Nullable String nameAr,
            String status,
            @Nullable String reason,
            List<ImportRow.Candidate> candidates) {}

    static RoundImportJson of(ImportReport report, MessageSource messages, Locale locale) {
        List<Row> rows = report.rows().stream()
                .map(row -> new Row(
                        row.line(),
                        row.unit(),
                        row.pcode(),
                        row.nameEn(),
                        row.nameAr(),
                        row.ok() ? "ok" : "error",
                        row.problem() == null ? null : reason(row, messages, locale),
                        row.candidates()))
                .toList();
        int errors = (int) report.rows().stream().filter(row -> !row.ok()).count();
        return new RoundImportJson(
                report.id().toString(),
                report.version(),
                report.fileName(),
                report.sheet(),
                report.outcome().name(),
                report.outcome() == org.masar.dtm.ImportOutcome.IMPORTED ? rows.size() : 0,
                errors,
                rows,
                report.importedAt(),
                report.importedBy());
    }

    /** The row's problem in the caller's language; arguments that are message keys are translated too. */
    static String reason(ImportRow row, MessageSource messages, Locale locale) {
        Object[] arguments = row.problemArguments().stream()
                .map(argument -> argument.startsWith("dtm.import.level.")
                        ? messages.getMessage(argument, null, argument, locale)
                        : argument)
                .toArray();
        return messages.getMessage(row.problem(), arguments, row.problem(), locale);
    }
}
