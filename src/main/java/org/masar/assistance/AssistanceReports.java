package org.masar.assistance;

import java.io.OutputStream;
import org.masar.shared.spreadsheet.SpreadsheetFormat;

/**
 * Reporting and exports of assistance delivered. Figures need {@code assistance:read}; the export of who received what
 * names people and needs {@code assistance:export}. Everything is within the user's scopes (the one rule services are
 * listed by), voided services are not counted, and a service under a restricted case (one whose type needs a permission
 * to be seen on a timeline) is left out for a user without that permission, so that small counts cannot reveal it.
 * Exports are written as they are read (CSV by commons-csv, XLSX by fastexcel's streaming writer) and audited, with
 * their filter, before the first byte.
 */
public interface AssistanceReports {

    /** The figures for the filter (400 naming the fields in error for a bad filter). */
    AssistanceReport figures(ReportFilter filter);

    /** The figures as a spreadsheet: one row per month and service type, then the activities. */
    void exportFigures(ReportFilter filter, SpreadsheetFormat format, OutputStream out);

    /**
     * Who received what: one row per service delivered (registration number, names, sex, age band, service, quantity,
     * where, when, programme, project, source), oldest first. Needs {@code assistance:export}.
     */
    void exportRecipients(ReportFilter filter, SpreadsheetFormat format, OutputStream out);

    /** Distinct people reached this month (Libya time) within the user's scopes, for the dashboard. */
    long peopleReachedThisMonth();
}
