package org.masar.dtm;

import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet to import into a round's open version.
 *
 * @param fileName the name it was uploaded under ({@code .csv} or {@code .xlsx})
 * @param content its bytes
 * @param sheet the sheet of a workbook to read (the first when null); ignored for CSV
 * @param mapping which columns hold what
 */
public record ImportFile(
        String fileName, byte[] content, @Nullable String sheet, ImportMapping mapping) {}
