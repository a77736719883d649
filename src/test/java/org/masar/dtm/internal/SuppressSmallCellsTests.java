package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.masar.dtm.internal.SuppressSmallCells.Cell;
import org.masar.dtm.internal.SuppressSmallCells.Mark;
import org.masar.dtm.internal.SuppressSmallCells.Relation;
import org.masar.dtm.internal.SuppressSmallCells.Result;
import org.masar.dtm.internal.SuppressSmallCells.Row;

/**
 * Small-cell suppression: under 5 is shown as {@code <5}, and a reader who subtracts the published cells from a total
 * (a row's total and its breakdown, a parent's total and its units) never learns a small cell's value.
 */
class SuppressSmallCellsTests {

    @Test
    void aTableWithoutSmallCellsIsPublishedAsItIs() {
        Result result = SuppressSmallCells.apply(List.of(
                row("LY010101", "LY0101", "idps.ind", 120L, "idps.hh", 24L),
                row("LY010102", "LY0101", "idps.ind", 80L, "idps.hh", 16L)));
        assertThat(result.marks()).isEmpty();
        assertThat(result.published(0, "idps.ind")).isEqualTo(120L);
    }

    @Test
    void aCellUnderFiveIsShownAsLessThanFiveAndZeroToo() {
        Result result = SuppressSmallCells.apply(List.of(
                row("LY01", null, "idps.ind", 4L),
                row("LY02", null, "idps.ind", 0L),
                row("LY03", null, "idps.ind", 5L)));
        assertThat(result.published(0, "idps.ind")).isEqualTo("<5");
        assertThat(result.published(1, "idps.ind")).isEqualTo("<5");
        assertThat(result.published(2, "idps.ind")).isEqualTo(5L);
    }

    @Test
    void anEmptyCellStaysEmpty() {
        Result result = SuppressSmallCells.apply(List.of(row("LY01", null, "idps.ind", 40L)));
        assertThat(result.published(0, "migrants.ind")).isNull();
    }

    /**
     * The subtraction case: migrants 50 = 3 + 20 + 10 + 17 by sex and age. Hiding the 3 alone is not enough (50 − 20 −
     * 10 − 17 = 3), so the smallest other part, 10, is withheld too; the total and the rest stay published.
     */
    @Test
    void aSmallBreakdownCellCannotBeRecoveredFromItsRowTotal() {
        Result result = SuppressSmallCells.apply(List.of(row(
                "LY010101", null,
                "migrants.ind", 50L,
                "migrants.ind.f.children", 3L,
                "migrants.ind.f.adults", 20L,
                "migrants.ind.m.children", 10L,
                "migrants.ind.m.adults", 17L)));
        assertThat(result.published(0, "migrants.ind.f.children")).isEqualTo("<5");
        assertThat(result.published(0, "migrants.ind.m.children")).isEqualTo("x");
        assertThat(result.published(0, "migrants.ind")).isEqualTo(50L);
        assertThat(result.published(0, "migrants.ind.f.adults")).isEqualTo(20L);
        assertThat(result.published(0, "migrants.ind.m.adults")).isEqualTo(17L);
        // What a reader can subtract: 50 − 20 − 17 = 13 for the two hidden cells together; one is 0–4, the other 5 or
        // more, so the small one may still be anything from 0 to 4 (and the withheld one 9 to 13).
        assertThat(50 - 20 - 17).isEqualTo(13);
        assertNothingRecoverable(result);
    }

    @Test
    void aSmallUnitCannotBeRecoveredFromItsParentsTotal() {
        Result result = SuppressSmallCells.apply(List.of(
                row("LY010101", "LY0101", "idps.ind", 3L),
                row("LY010102", "LY0101", "idps.ind", 120L),
                row("LY010103", "LY0101", "idps.ind", 40L),
                row("LY010201", "LY0102", "idps.ind", 60L)));
        assertThat(result.published(0, "idps.ind")).isEqualTo("<5");
        assertThat(result.published(2, "idps.ind")).as("the smallest sibling").isEqualTo("x");
        assertThat(result.published(1, "idps.ind")).isEqualTo(120L);
        assertThat(result.published(3, "idps.ind")).as("another mantika's unit").isEqualTo(60L);
        assertNothingRecoverable(result);
    }

    /** Two small cells hidden together are not enough when their sum gives them away (1 + 0 = 1: each is 0 or 1). */
    @Test
    void twoSmallCellsWhoseSumIsTooSmallGetAThirdCell() {
        Result result = SuppressSmallCells.apply(List.of(row(
                "LY010101", null,
                "idps.ind", 101L,
                "idps.ind.f", 1L,
                "idps.ind.m", 0L,
                "idps.ind.f.children", 30L,
                "idps.ind.f.adults", 40L,
                "idps.ind.m.children", 31L)));
        assertThat(result.published(0, "idps.ind.f")).isEqualTo("<5");
        assertThat(result.published(0, "idps.ind.m")).isEqualTo("<5");
        assertThat(result.published(0, "idps.ind"))
                .as("the only other cell of that breakdown")
                .isEqualTo("x");
        assertNothingRecoverable(result);
    }

    /** A withheld cell alone in another relation would be recovered there, and the small one with it: chains are followed. */
    @Test
    void aWithheldCellIsItselfProtectedInItsOtherRelations() {
        Result result = SuppressSmallCells.apply(List.of(
                row("LY010101", "LY0101", "idps.ind", 2L, "idps.ind.f", 1L, "idps.ind.m", 1L),
                row("LY010102", "LY0101", "idps.ind", 30L, "idps.ind.f", 10L, "idps.ind.m", 20L),
                row("LY010103", "LY0101", "idps.ind", 50L, "idps.ind.f", 26L, "idps.ind.m", 24L)));
        assertThat(result.published(0, "idps.ind")).isEqualTo("<5");
        assertThat(result.published(1, "idps.ind")).isEqualTo("x");
        assertThat(result.mark(1, "idps.ind.f")).isNotEqualTo(Mark.SHOWN);
        assertNothingRecoverable(result);
    }

    @Test
    void breakdownsOfDifferentKindsAreSeparateRelations() {
        List<Row> rows = List.of(row(
                "LY010101", null,
                "migrants.ind", 100L,
                "migrants.ind.f", 40L,
                "migrants.ind.m", 60L,
                "migrants.ind.nationality.NER", 70L,
                "migrants.ind.nationality.SDN", 30L));
        List<Relation> relations = SuppressSmallCells.relations(rows);
        assertThat(relations).hasSize(2);
        assertThat(relations)
                .allSatisfy(relation -> assertThat(relation.total()).isEqualTo(new Cell(0, "migrants.ind")));
    }

    /** Many random tables: whatever the figures, no relation lets a reader narrow a small cell below 0–4. */
    @RepeatedTest(200)
    void randomTablesLeaveNothingRecoverable() {
        Random random = new Random();
        List<Row> rows = new ArrayList<>();
        int units = 1 + random.nextInt(8);
        for (int u = 0; u < units; u++) {
            Map<String, Long> figures = new LinkedHashMap<>();
            long fc = small(random), fa = small(random), mc = small(random), ma = small(random);
            figures.put("migrants.ind", fc + fa + mc + ma);
            figures.put("migrants.ind.f", fc + fa);
            figures.put("migrants.ind.m", mc + ma);
            figures.put("migrants.ind.f.children", fc);
            figures.put("migrants.ind.f.adults", fa);
            figures.put("migrants.ind.m.children", mc);
            figures.put("migrants.ind.m.adults", ma);
            if (random.nextBoolean()) {
                figures.put("idps.ind", small(random));
            }
            rows.add(new Row("LY0101010" + u, "LY01010" + (u % 3), figures));
        }
        assertNothingRecoverable(SuppressSmallCells.apply(rows));
    }

    private static long small(Random random) {
        return random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
    }

    /**
     * The reader's attack, independent of the engine's bookkeeping: for every relation, the hidden cells' signed sum is
     * known (total minus the published parts); no hidden cell may be alone, and each small cell must still have at least
     * 3 possible values given that the other small cells are 0–4 and the withheld ones 5 or more.
     */
    private static void assertNothingRecoverable(Result result) {
        for (Relation relation : SuppressSmallCells.relations(result.rows())) {
            List<Cell> hidden = new ArrayList<>();
            List<Integer> signs = new ArrayList<>();
            if (relation.total() != null
                    && result.mark(relation.total().row(), relation.total().key()) != Mark.SHOWN) {
                hidden.add(relation.total());
                signs.add(-1);
            }
            for (Cell part : relation.parts()) {
                if (result.mark(part.row(), part.key()) != Mark.SHOWN) {
                    hidden.add(part);
                    signs.add(1);
                }
            }
            if (hidden.isEmpty()) {
                continue;
            }
            boolean everythingHidden = hidden.size() == relation.parts().size() + (relation.total() == null ? 0 : 1);
            if (everythingHidden && relation.total() == null) {
                continue; // a parent's total whose units are all hidden: nothing in this file can hide more
            }
            assertThat(hidden).as("a hidden cell alone in %s", relation).hasSizeGreaterThan(1);
            long known = 0;
            for (int i = 0; i < hidden.size(); i++) {
                known += signs.get(i) * value(result, hidden.get(i));
            }
            for (int i = 0; i < hidden.size(); i++) {
                if (result.mark(hidden.get(i).row(), hidden.get(i).key()) != Mark.SMALL) {
                    continue;
                }
                long low = 0, high = 0;
                for (int j = 0; j < hidden.size(); j++) {
                    if (j == i) {
                        continue;
                    }
                    boolean isSmall =
                            result.mark(hidden.get(j).row(), hidden.get(j).key()) == Mark.SMALL;
                    long min = isSmall ? 0 : 5, max = isSmall ? 4 : Long.MAX_VALUE / 8;
                    low += signs.get(j) > 0 ? min : -max;
                    high += signs.get(j) > 0 ? max : -min;
                }
                long from = signs.get(i) > 0 ? known - high : low - known;
                long to = signs.get(i) > 0 ? known - low : high - known;
                long possible = Math.min(4, to) - Math.max(0, from) + 1;
                assertThat(possible)
                        .as("values %s may still have (%d to %d)", hidden.get(i), from, to)
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    private static long value(Result result, Cell cell) {
        return result.rows().get(cell.row()).figures().get(cell.key());
    }

    private static Row row(String pcode, String parent, Object... keysAndValues) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.put((String) keysAndValues[i], (Long) keysAndValues[i + 1]);
        }
        return new Row(pcode, parent, figures);
    }
}
