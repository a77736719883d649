package org.masar.dtm.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit's row of a round's figures table: a cell per headline figure, with its change from the previous round.
 *
 * @param pcode the unit's P-code
 * @param name its name in the reader's language
 * @param cells one per {@link org.masar.dtm.FigureKey#TOTALS} key
 */
record RoundRow(String pcode, String name, List<Cell> cells) {

    /**
     * One figure.
     *
     * @param value the count, if any
     * @param change the change from the previous round ("+50 (+50.0 %)"), if known
     * @param up whether it grew
     */
    record Cell(@Nullable Long value, @Nullable String change, boolean up) {}
}
