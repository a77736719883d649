package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.masar.assistance.AssistanceReports;
import org.masar.assistance.ReportFilter;
import org.masar.shared.spreadsheet.SpreadsheetDownload;
import org.masar.shared.spreadsheet.SpreadsheetFormat;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assistance as spreadsheets, written to the response as they are read: the figures (needs {@code assistance:read}) and
 * who received what (names people: needs {@code assistance:export}). The filter is the report's; every export is
 * audited with it. The page links here too (the session signs the download).
 */
@RestController
@Tag(name = "Assistance exports", description = "Assistance figures and who received what, as CSV or XLSX")
class ExportsApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String RECIPIENTS = """
            One row per service delivered (voided ones left out), oldest first: registration number, names in Arabic \
            and Latin script, sex and age band when served, service type, quantity and unit, baladiya and site, day, \
            programme, project, source (recorded, distribution or cash-cycle) and the service's id. Names people: needs \
            assistance:export (403, audited, otherwise); within the caller's scopes; a service under a restricted case \
            only for a caller holding its permission. Audited with its filter.""";
    static final String FIGURES = """
            The report's rows (services by month and type, then group activities by month and kind) as one table. \
            Audited with its filter.""";

    private final AssistanceReports reports;

    ExportsApi(AssistanceReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/assistance/exports/figures.csv", produces = "text/csv")
    @Operation(summary = "The figures as CSV (UTF-8 with a byte-order mark)", description = FIGURES)
    void figuresCsv(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportFigures(
                filter,
                SpreadsheetFormat.CSV,
                SpreadsheetDownload.body(response, SpreadsheetFormat.CSV, "assistance-figures"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/figures.xlsx", produces = XLSX)
    @Operation(summary = "The figures as XLSX", description = FIGURES)
    void figuresXlsx(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportFigures(
                filter,
                SpreadsheetFormat.XLSX,
                SpreadsheetDownload.body(response, SpreadsheetFormat.XLSX, "assistance-figures"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/recipients.csv", produces = "text/csv")
    @Operation(summary = "Who received what, as CSV (UTF-8 with a byte-order mark)", description = RECIPIENTS)
    void recipientsCsv(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportRecipients(
                filter,
                SpreadsheetFormat.CSV,
                SpreadsheetDownload.body(response, SpreadsheetFormat.CSV, "assistance-recipients"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/recipients.xlsx", produces = XLSX)
    @Operation(summary = "Who received what, as XLSX", description = RECIPIENTS)
    void recipientsXlsx(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportRecipients(
                filter,
                SpreadsheetFormat.XLSX,
                SpreadsheetDownload.body(response, SpreadsheetFormat.XLSX, "assistance-recipients"));
    }
}
