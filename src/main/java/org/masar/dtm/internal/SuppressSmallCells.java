package org.masar.dtm.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression of a public table of counts: every cell under the threshold (5 people) is withheld and shown
 * as {@code <5} (primary suppression), and further cells are withheld (complementary suppression, shown as {@code x})
 * until no withheld value can be worked out by subtracting from a total.
 *
 * <p>The totals a reader can subtract from are the table's linear relations:
 *
 * <ul>
 *   <li>within a row, a figure and each complete breakdown of it: {@code migrants.ind} is the sum of
 *       {@code migrants.ind.f} and {@code migrants.ind.m}, and also of {@code migrants.ind.f.children},
 *       {@code migrants.ind.m.adults}… (keys extending it with the same kinds of segments), and of its nationalities;
 *       {@code migrants.ind.f} is the sum of {@code migrants.ind.f.children}…;
 *   <li>within a column, the units that share a parent: their values add up to the parent's total, which is published
 *       elsewhere (the parent level's export, the national figures), so it counts as known.
 * </ul>
 *
 * <p>A relation is safe when it holds no withheld cell, or at least two, and when what a reader learns from it (the
 * withheld cells' sum, given that a {@code <5} cell is 0 to 4 and an {@code x} cell is 5 or more) still leaves every
 * {@code <5} cell at least {@value #MIN_POSSIBLE_VALUES} possible values (never one value, never two). An unsafe
 * relation gets its smallest published part withheld (its total when no part is left), and the relations that cell
 * belongs to are checked again, until every relation is safe. Each relation is checked on its own, as a reader
 * subtracting by hand would use it. Household counts are treated as people are: under 5 is {@code <5}.
 *
 * <p>What one file cannot fix: when every unit under a parent is small, their sum is the parent's total, published at
 * the level above (where it is itself {@code <5} when under 5); nothing more in this file can be withheld then.
 */
public final class SuppressSmallCells {

    /** OCHA's and IOM's usual threshold: fewer than 5 people is a small cell. */
    public static final int THRESHOLD = 5;

    /** How many values a small cell must still possibly have, whatever a reader subtracts. */
    public static final int MIN_POSSIBLE_VALUES = 3;

    private static final long UNBOUNDED = Long.MAX_VALUE / 8;

    private SuppressSmallCells() {}

    /**
     * One row of the table: a unit, the unit above it (whose total its column adds up to; null when none is known) and
     * its figures by key (a key missing is a cell left empty, not a zero).
     */
    public record Row(String pcode, @Nullable String parent, Map<String, Long> figures) {}

    /** A cell: a row's index and a figure key. */
    public record Cell(int row, String key) {}

    /** How a cell is published. */
    public enum Mark {
        /** Published as it is. */
        SHOWN,
        /** Under the threshold: shown as {@code <5}. */
        SMALL,
        /** Withheld so that a small cell cannot be worked out by subtraction: shown as {@code x}. */
        WITHHELD
    }

    /** The outcome: the mark of every cell of the table. */
    public record Result(List<Row> rows, Map<Cell, Mark> marks) {

        public Mark mark(int row, String key) {
            return marks.getOrDefault(new Cell(row, key), Mark.SHOWN);
        }

        /** What a public file shows in a cell: the number, {@code <5}, {@code x}, or nothing for an empty cell. */
        public @Nullable Object published(int row, String key) {
            Long value = rows.get(row).figures().get(key);
            if (value == null) {
                return null;
            }
            return switch (mark(row, key)) {
                case SHOWN -> value;
                case SMALL -> "<" + THRESHOLD;
                case WITHHELD -> "x";
            };
        }

        public long count(Mark mark) {
            return marks.values().stream().filter(m -> m == mark).count();
        }
    }

    /** Suppresses the table's small cells and what could reveal them. */
    public static Result apply(List<Row> rows) {
        return new Engine(rows, THRESHOLD).run();
    }

    /** The relations of the table, for tests and for readers who check a file: each a total and its parts. */
    static List<Relation> relations(List<Row> rows) {
        return new Engine(rows, THRESHOLD).relations;
    }

    /**
     * One linear relation between cells: the parts add up to the total. The total is null when it is published
     * elsewhere (a parent unit's total) and so known to any reader.
     */
    record Relation(@Nullable Cell total, List<Cell> parts) {}

    private static final class Engine {

        private final List<Row> rows;
        private final int threshold;
        private final List<Cell> cells = new ArrayList<>();
        private final Map<Cell, Integer> index = new HashMap<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<List<Integer>> relationsOfCell = new ArrayList<>();
        private long[] values = new long[0];
        private boolean[] small = new boolean[0];
        private boolean[] withheld = new boolean[0];

        Engine(List<Row> rows, int threshold) {
            this.rows = List.copyOf(rows);
            this.threshold = threshold;
            for (int r = 0; r < rows.size(); r++) {
                for (String key : new TreeSet<>(rows.get(r).figures().keySet())) {
                    Cell cell = new Cell(r, key);
                    index.put(cell, cells.size());
                    cells.add(cell);
                    relationsOfCell.add(new ArrayList<>());
                }
            }
            rowRelations();
            columnRelations();
        }

        /** Within each row: every figure present and each group of its breakdowns of one kind. */
        private void rowRelations() {
            for (int r = 0; r < rows.size(); r++) {
                Set<String> keys = new TreeSet<>(rows.get(r).figures().keySet());
                for (String total : keys) {
                    Map<String, List<Cell>> groups = new LinkedHashMap<>();
                    String prefix = total + ".";
                    for (String key : keys) {
                        if (key.startsWith(prefix)) {
                            String kind = kind(key.substring(prefix.length()).split("\\."));
                            groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Cell(r, key));
                        }
                    }
                    for (List<Cell> parts : groups.values()) {
                        add(new Relation(new Cell(r, total), parts));
                    }
                }
            }
        }

        /** Within each column: the units under one parent add up to the parent's published total. */
        private void columnRelations() {
            Map<String, Map<String, List<Cell>>> byKeyAndParent = new LinkedHashMap<>();
            for (Cell cell : cells) {
                String parent = rows.get(cell.row()).parent();
                if (parent != null) {
                    byKeyAndParent
                            .computeIfAbsent(cell.key(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(parent, p -> new ArrayList<>())
                            .add(cell);
                }
            }
            byKeyAndParent.values().forEach(groups -> groups.values().forEach(parts -> add(new Relation(null, parts))));
        }

        /**
         * The kind of a breakdown, from its segments: sex, an age group or another plain attribute, or a named
         * dimension with its value ({@code nationality.NER} is of kind {@code nationality=}). Breakdowns of the same
         * kind together make up their total.
         */
        private static String kind(String[] segments) {
            StringBuilder kind = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (HxlTags.SEXES.contains(segments[i])) {
                    kind.append("sex/");
                } else if (HxlTags.DIMENSIONS.contains(segments[i]) && i + 1 < segments.length) {
                    kind.append(segments[i]).append("=/");
                    i++;
                } else {
                    kind.append("group/");
                }
            }
            return kind.toString();
        }

        private void add(Relation relation) {
            int number = relations.size();
            relations.add(relation);
            if (relation.total() != null) {
                relationsOfCell.get(index.get(relation.total())).add(number);
            }
            relation.parts()
                    .forEach(part -> relationsOfCell.get(index.get(part)).add(number));
        }

        Result run() {
            int n = cells.size();
            values = new long[n];
            small = new boolean[n];
            withheld = new boolean[n];
            for (int i = 0; i < n; i++) {
                Cell cell = cells.get(i);
                values[i] = rows.get(cell.row()).figures().get(cell.key());
                small[i] = values[i] < threshold;
            }
            Deque<Integer> work = new ArrayDeque<>();
            boolean[] queued = new boolean[relations.size()];
            for (int i = 0; i < relations.size(); i++) {
                work.add(i);
                queued[i] = true;
            }
            while (!work.isEmpty()) {
                int number = work.poll();
                queued[number] = false;
                Relation relation = relations.get(number);
                while (!safe(relation)) {
                    int next = nextToWithhold(relation);
                    if (next < 0) {
                        break; // every cell is withheld already: nothing more this relation can do
                    }
                    withheld[next] = true;
                    for (int other : relationsOfCell.get(next)) {
                        if (!queued[other] && other != number) {
                            work.add(other);
                            queued[other] = true;
                        }
                    }
                }
            }
            Map<Cell, Mark> marks = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (small[i]) {
                    marks.put(cells.get(i), Mark.SMALL);
                } else if (withheld[i]) {
                    marks.put(cells.get(i), Mark.WITHHELD);
                }
            }
            return new Result(rows, Map.copyOf(marks));
        }

        private boolean hidden(int cell) {
            return small[cell] || withheld[cell];
        }

        /**
         * Whether a reader learns nothing from the relation beyond what the marks say. Writing the relation as
         * {@code sum(parts) - total = 0}, the hidden cells' signed sum is known; each {@code <5} cell's possible range
         * given the other hidden cells' bounds (0–4 for {@code <5}, 5 and more for {@code x}) must keep at least
         * {@value #MIN_POSSIBLE_VALUES} values, and no hidden cell may be alone.
         */
        private boolean safe(Relation relation) {
            List<int[]> hiddenCells = new ArrayList<>(); // {cell, sign}
            if (relation.total() != null) {
                int total = index.get(relation.total());
                if (hidden(total)) {
                    hiddenCells.add(new int[] {total, -1});
                }
            }
            for (Cell part : relation.parts()) {
                int cell = index.get(part);
                if (hidden(cell)) {
                    hiddenCells.add(new int[] {cell, 1});
                }
            }
            if (hiddenCells.isEmpty()) {
                return true;
            }
            if (hiddenCells.size() == 1) {
                return false;
            }
            long known = 0;
            for (int[] hidden : hiddenCells) {
                known += hidden[1] * values[hidden[0]];
            }
            for (int[] candidate : hiddenCells) {
                if (!small[candidate[0]]) {
                    continue;
                }
                long othersLow = 0;
                long othersHigh = 0;
                for (int[] other : hiddenCells) {
                    if (other == candidate) {
                        continue;
                    }
                    long low = small[other[0]] ? 0 : threshold;
                    long high = small[other[0]] ? threshold - 1 : UNBOUNDED;
                    othersLow += other[1] > 0 ? low : -high;
                    othersHigh += other[1] > 0 ? high : -low;
                }
                // sign * x = known - others, so x lies in sign * [known - othersHigh, known - othersLow].
                long low = candidate[1] > 0 ? known - othersHigh : othersLow - known;
                long high = candidate[1] > 0 ? known - othersLow : othersHigh - known;
                if (Math.min(threshold - 1, high) - Math.max(0, low) + 1 < MIN_POSSIBLE_VALUES) {
                    return false;
                }
            }
            return true;
        }

        /** The relation's smallest published part, or its total when every part is hidden; -1 when nothing is left. */
        private int nextToWithhold(Relation relation) {
            int best = -1;
            for (Cell part : relation.parts()) {
                int cell = index.get(part);
                if (!hidden(cell) && (best < 0 || values[cell] < values[best])) {
                    best = cell;
                }
            }
            if (best < 0 && relation.total() != null) {
                int total = index.get(relation.total());
                if (!hidden(total)) {
                    best = total;
                }
            }
            return best;
        }
    }
}
