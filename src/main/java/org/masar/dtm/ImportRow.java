package org.masar.dtm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import's report.
 *
 * @param line the row's line in the file (the header is line 1)
 * @param unit what the row's unit column held
 * @param pcode the unit it resolved to, if one
 * @param nameEn its English name
 * @param nameAr its Arabic name
 * @param ok whether the row could be imported
 * @param problem why not: a message key of the {@code dtm.import.row.*} family, rendered in the reader's language
 * @param problemArguments the values of its placeholders
 * @param candidates the units an ambiguous name may mean, so that the user can give the P-code instead
 */
public record ImportRow(
        int line,
        String unit,
        @Nullable String pcode,
        @Nullable String nameEn,
        @Nullable String nameAr,
        boolean ok,
        @Nullable String problem,
        List<String> problemArguments,
        List<Candidate> candidates) {

    /**
     * A unit an ambiguous name may mean.
     *
     * @param pcode its P-code
     * @param nameEn its English name
     * @param nameAr its Arabic name
     */
    public record Candidate(String pcode, String nameEn, String nameAr) {}
}
