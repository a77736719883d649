package org.masar.dtm.web;

import org.jspecify.annotations.Nullable;

/**
 * A past import as the round's page lists it, its report opened in place.
 *
 * @param id the import's id
 * @param importedAt when, in Libya time ({@code yyyy-MM-dd HH:mm})
 * @param version the version it was imported into
 * @param fileName the file's name
 * @param sheet the sheet read, for a workbook
 * @param outcome IMPORTED or REFUSED
 * @param imported the rows that were right (written when the outcome is IMPORTED)
 * @param errors the rows in error
 * @param report its row-by-row report, reasons in the reader's language
 */
record RoundPastImport(
        String id,
        String importedAt,
        int version,
        String fileName,
        @Nullable String sheet,
        String outcome,
        int imported,
        int errors,
        RoundImportView report) {}
