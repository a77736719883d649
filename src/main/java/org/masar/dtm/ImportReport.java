package org.masar.dtm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The row-by-row report of an import, kept with the version.
 *
 * @param id the import's id (imported assessments carry {@code source = import:<id>})
 * @param version the round version it was imported into
 * @param fileName the file's name
 * @param sheet the sheet read, for a workbook
 * @param outcome imported (every row) or refused (no row, because at least one was wrong)
 * @param rows each row's result
 * @param importedAt when
 * @param importedBy who
 */
public record ImportReport(
        java.util.UUID id,
        int version,
        String fileName,
        @Nullable String sheet,
        ImportOutcome outcome,
        List<ImportRow> rows,
        Instant importedAt,
        String importedBy) {}
