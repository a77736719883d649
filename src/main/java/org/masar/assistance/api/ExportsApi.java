package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.AssistanceReports;
import org.masar.assistance.ExportFormat;
import org.masar.assistance.ReportFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
        reports.exportFigures(filter, ExportFormat.CSV, file(response, ExportFormat.CSV, "assistance-figures"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/figures.xlsx", produces = XLSX)
    @Operation(summary = "The figures as XLSX", description = FIGURES)
    void figuresXlsx(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportFigures(filter, ExportFormat.XLSX, file(response, ExportFormat.XLSX, "assistance-figures"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/recipients.csv", produces = "text/csv")
    @Operation(summary = "Who received what, as CSV (UTF-8 with a byte-order mark)", description = RECIPIENTS)
    void recipientsCsv(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportRecipients(filter, ExportFormat.CSV, file(response, ExportFormat.CSV, "assistance-recipients"));
    }

    @GetMapping(path = "/api/v1/assistance/exports/recipients.xlsx", produces = XLSX)
    @Operation(summary = "Who received what, as XLSX", description = RECIPIENTS)
    void recipientsXlsx(@ParameterObject ReportQuery query, HttpServletResponse response) {
        ReportFilter filter = query.filter();
        reports.exportRecipients(filter, ExportFormat.XLSX, file(response, ExportFormat.XLSX, "assistance-recipients"));
    }

    /**
     * The response's body, which becomes a file only when the first byte is written: a refusal or a bad filter before
     * that is answered as a problem, with no attachment header left on it.
     */
    static OutputStream file(HttpServletResponse response, ExportFormat format, String name) {
        return new OutputStream() {
            private @Nullable OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(format.contentType());
                    response.setHeader(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name + "." + format.extension(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString());
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }

            @Override
            public void close() {
                // The container closes the response.
            }
        };
    }
}
