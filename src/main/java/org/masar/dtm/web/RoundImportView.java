package org.masar.dtm.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An import's report as the page shows it, each reason already in the reader's language.
 *
 * @param outcome IMPORTED or REFUSED
 * @param fileName the file's name
 * @param rows the rows
 */
record RoundImportView(String outcome, String fileName, List<Row> rows) {

    /**
     * A row.
     *
     * @param line its line
     * @param unit what its unit cell held
     * @param pcode the unit resolved
     * @param name its name in the reader's language
     * @param ok whether it was right
     * @param reason why not
     * @param candidates the units an ambiguous name may mean, as "P-code name"
     */
    record Row(
            int line,
            String unit,
            @Nullable String pcode,
            @Nullable String name,
            boolean ok,
            @Nullable String reason,
            List<String> candidates) {}
}
