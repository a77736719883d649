package org.masar.collect.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.collect.FormNotFound;
import org.masar.collect.SubmissionExports;
import org.masar.collect.SubmissionFilter;
import org.masar.shared.InvalidFields;
import org.masar.shared.spreadsheet.SpreadsheetFormat;
import org.masar.shared.spreadsheet.SpreadsheetText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions as CSV (commons-csv) or XLSX (fastexcel's streaming writer, strings inline so that no shared-strings
 * table grows with the rows), written as they are read: the rows come from PostgreSQL in chunks of {@value #FETCH},
 * oldest first, each chunk after the last row of the one before (keyset, along the index {@code
 * collect_submission_form}, so PostgreSQL never sorts a form's documents), each instance is read once with StAX and
 * written at once, so memory stays flat whatever their number. An XLSX with repeats reads the rows again for each repeat's sheet (a sheet must be
 * finished before the next starts in a stream), in one repeatable-read transaction so every sheet sees the same
 * submissions. Every text cell passes {@link SpreadsheetText#safe}.
 */
@Service
class SubmissionExportService implements SubmissionExports {

    static final int FETCH = 500;
    private static final List<String> META =
            List.of("_instance_id", "_received_at", "_submitter", "_version", "_review_state", "_mapping_state");

    private final JdbcClient jdbc;
    private final FormSchemas schemas;
    private final AuditTrail audit;

    SubmissionExportService(JdbcClient jdbc, FormSchemas schemas, AuditTrail audit) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.audit = audit;
    }

    /** The columns of an export: the questions outside repeats, and each repeat's own. */
    record Columns(List<String> main, Map<String, List<String>> repeats) {}

    @Override
    @PreAuthorize("hasAuthority('collect:export')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(
            String formId,
            SubmissionFilter filter,
            SpreadsheetFormat format,
            @Nullable String repeat,
            OutputStream out) {
        UUID form = jdbc.sql("SELECT id FROM collect_form WHERE form_id = :formId")
                .param("formId", formId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
        SubmissionQueryWhere.Where where = SubmissionQueryWhere.of(form, filter, null);
        Map<UUID, String> versions = new HashMap<>();
        List<FormSchema> schemasNewestFirst = new ArrayList<>();
        jdbc.sql("SELECT id, version FROM collect_form_version WHERE form = :form ORDER BY uploaded_at DESC, id")
                .param("form", form)
                .query((row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("version")))
                .list()
                .forEach(v -> {
                    versions.put(v.getKey(), v.getValue());
                    schemasNewestFirst.add(schemas.of(v.getKey()));
                });
        Columns columns = columns(schemasNewestFirst);
        String table = format == SpreadsheetFormat.CSV ? repeat : null;
        if (table != null && !columns.repeats().containsKey(table)) {
            throw new InvalidFields(List.of(new InvalidFields.Field("repeat", "collect.submissions.invalid")));
        }
        Set<String> repeatPaths = columns.repeats().keySet();
        long[] rows = {0};
        boolean complete = false;
        try {
            if (format == SpreadsheetFormat.CSV) {
                csv(where, versions, columns, repeatPaths, table, out, rows);
            } else {
                xlsx(where, versions, columns, repeatPaths, out, rows);
            }
            complete = true;
        } finally {
            Map<String, String> details = new LinkedHashMap<>(filter.auditDetails());
            details.put("format", format.extension());
            if (table != null) {
                details.put("repeat", table);
            }
            details.put("rows", String.valueOf(rows[0]));
            if (!complete) {
                details.put("complete", "false");
            }
            audit.record(new AuditEvent(
                    "collect.submission.exported",
                    complete ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                    SubmissionQueryService.FORM,
                    formId,
                    null,
                    details,
                    null));
        }
    }

    /** The union of the versions' questions: the newest version's in its order, then those only older ones have. */
    static Columns columns(List<FormSchema> newestFirst) {
        Set<String> main = new LinkedHashSet<>();
        Map<String, Set<String>> repeats = new LinkedHashMap<>();
        for (FormSchema schema : newestFirst) {
            schema.repeats().forEach(r -> repeats.computeIfAbsent(r, k -> new LinkedHashSet<>()));
            for (FormSchema.Field field : schema.fields()) {
                if (field.repeat() == null) {
                    main.add(field.path());
                } else {
                    repeats.computeIfAbsent(field.repeat(), k -> new LinkedHashSet<>())
                            .add(field.path());
                }
            }
        }
        Map<String, List<String>> byRepeat = new LinkedHashMap<>();
        repeats.forEach((path, fields) -> byRepeat.put(path, List.copyOf(fields)));
        return new Columns(List.copyOf(main), byRepeat);
    }

    // ---------------------------------------------------------------- writing

    /** Where a row goes: the submissions' table or one repeat's. */
    private interface Sink {
        void header(List<String> cells);

        void row(@Nullable String[] cells);
    }

    private void csv(
            SubmissionQueryWhere.Where where,
            Map<UUID, String> versions,
            Columns columns,
            Set<String> repeatPaths,
            @Nullable String table,
            OutputStream out,
            long[] rows) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            // Each row is printed into a StringBuilder and written to the stream at once: printed straight into the
            // BufferedWriter, every cell cost a few locked writes (a quarter of an export's time on a 250-question
            // form).
            StringBuilder line = new StringBuilder(8192);
            CSVPrinter printer = new CSVPrinter(line, CSVFormat.RFC4180);
            char[][] chars = {new char[8192]};
            Sink sink = new Sink() {
                @Override
                public void header(List<String> cells) {
                    row(cells.toArray(String[]::new));
                }

                @Override
                public void row(@Nullable String[] cells) {
                    try {
                        line.setLength(0);
                        for (String cell : cells) {
                            printer.print(cell == null ? "" : cell);
                        }
                        printer.println();
                        int length = line.length();
                        if (chars[0].length < length) {
                            chars[0] = new char[Math.max(length, chars[0].length * 2)];
                        }
                        line.getChars(0, length, chars[0], 0);
                        writer.write(chars[0], 0, length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            if (table == null) {
                main(where, versions, columns, repeatPaths, sink, rows);
            } else {
                repeat(where, columns, repeatPaths, table, sink, rows);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void xlsx(
            SubmissionQueryWhere.Where where,
            Map<UUID, String> versions,
            Columns columns,
            Set<String> repeatPaths,
            OutputStream out,
            long[] rows) {
        try {
            Workbook workbook = new Workbook(out, "Masar", "1.0");
            Set<String> names = new HashSet<>();
            Worksheet sheet = workbook.newWorksheet(sheetName("submissions", names));
            main(where, versions, columns, repeatPaths, new XlsxSink(sheet), rows);
            sheet.finish();
            for (String repeat : columns.repeats().keySet()) {
                Worksheet repeatSheet = workbook.newWorksheet(sheetName(repeat, names));
                repeat(where, columns, repeatPaths, repeat, new XlsxSink(repeatSheet), new long[1]);
                repeatSheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel takes: at most 31 characters, none of {@code / \ ? * [ ] :}, unique in the workbook. */
    static String sheetName(String path, Set<String> taken) {
        String base = path.replaceAll("[/\\\\?*\\[\\]:]", ".");
        if (base.length() > 31) {
            base = base.substring(base.length() - 31);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** A worksheet written row by row, flushed to the stream every {@value #FETCH} rows. */
    private static final class XlsxSink implements Sink {
        private final Worksheet sheet;
        private int next;

        XlsxSink(Worksheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public void header(List<String> cells) {
            for (int c = 0; c < cells.size(); c++) {
                sheet.inlineString(next, c, cells.get(c));
                sheet.style(next, c).bold().set();
            }
            next++;
            sheet.freezePane(0, 1);
        }

        @Override
        public void row(@Nullable String[] cells) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    sheet.inlineString(next, c, cells[c]);
                }
            }
            next++;
            if (next % FETCH == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * One chunk of rows, oldest first, after the last row of the chunk before: in the reverse order of the index
     * {@code collect_submission_form (form, received_at DESC, id)}, which PostgreSQL walks backwards for a limited
     * query instead of sorting the form's rows (with their documents).
     */
    private static final String ROWS = """
            SELECT s.id, s.instance_id, s.received_at, s.submitter, s.form_version, s.review_state, s.mapping_state,
                   s.xml
              FROM collect_submission s
             WHERE %s %s
             ORDER BY s.received_at, s.id DESC
             LIMIT %d
            """;

    /** After the last row: a range on the index's column, then the tie broken by id (a filter on that range). */
    private static final String AFTER = "AND s.received_at >= :lastAt AND (s.received_at > :lastAt OR s.id < :lastId)";

    /** What is done with each row. */
    private interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    /** Every row the filter selects, chunk after chunk; the repeatable-read transaction keeps them the same. */
    private void forEachRow(SubmissionQueryWhere.Where where, RowHandler handler) {
        // Planner settings for this transaction only: statistics that lag a bulk load may make a sort (of every row
        // left, at each chunk) look cheaper than walking the index; the index walk is right at any size.
        jdbc.sql("SET LOCAL enable_sort = off").update();
        jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
        java.time.OffsetDateTime[] lastAt = {null};
        UUID[] lastId = {null};
        while (true) {
            int[] read = {0};
            var sql = jdbc.sql(ROWS.formatted(where.sql(), lastAt[0] == null ? "" : AFTER, FETCH))
                    .params(where.params());
            if (lastAt[0] != null) {
                sql = sql.param("lastAt", lastAt[0]).param("lastId", lastId[0]);
            }
            sql.query((ResultSet row) -> {
                handler.row(row);
                lastAt[0] = row.getObject("received_at", java.time.OffsetDateTime.class);
                lastId[0] = row.getObject("id", UUID.class);
                read[0]++;
            });
            if (read[0] < FETCH) {
                return;
            }
        }
    }

    private void main(
            SubmissionQueryWhere.Where where,
            Map<UUID, String> versions,
            Columns columns,
            Set<String> repeatPaths,
            Sink sink,
            long[] rows) {
        List<String> header = new ArrayList<>(META);
        header.addAll(columns.main());
        sink.header(header);
        List<String> questions = columns.main();
        int width = META.size() + questions.size();
        SubmissionExportXml.Columns columnOf = SubmissionExportXml.Columns.of(questions);
        try (RowPipeline pipeline = new RowPipeline(pending -> {
            SubmissionExportXml.readInto(pending.xml(), columnOf, pending.cells(), META.size(), SpreadsheetText::safe);
            sink.row(pending.cells());
            rows[0]++;
        })) {
            forEachRow(where, row -> {
                String[] cells = new String[width];
                meta(row, versions, cells);
                pipeline.put(new PendingRow(cells, row.getString("xml")));
            });
            pipeline.finish();
        }
    }

    /** A row read from PostgreSQL, its document still to read into its cells. */
    private record PendingRow(@Nullable String[] cells, String xml) {}

    /**
     * Rows handed from the request's thread, which reads them from PostgreSQL, to a thread of the export's own, which
     * reads their documents and writes them out. Done on one thread, PostgreSQL waited while a chunk was written and
     * the writing waited while the next chunk was read (its backend was idle more than half of an export); now the
     * next chunk is read while the last is written. The queue is bounded (two chunks), so memory stays flat; a failure
     * on either side stops the other and is thrown on the request's thread.
     */
    private static final class RowPipeline implements AutoCloseable {

        private static final PendingRow END = new PendingRow(new String[0], "");

        private final BlockingQueue<PendingRow> queue = new ArrayBlockingQueue<>(2 * FETCH);
        private final AtomicReference<@Nullable Throwable> failed = new AtomicReference<>();
        private final Thread writer;
        private boolean finished;

        RowPipeline(Consumer<PendingRow> write) {
            writer = Thread.ofPlatform().name("collect-export-writer").daemon().start(() -> {
                try {
                    for (PendingRow row = queue.take(); row != END; row = queue.take()) {
                        write.accept(row);
                    }
                } catch (InterruptedException e) {
                    // the reading side failed and stopped the export
                } catch (Throwable e) {
                    failed.set(e);
                    queue.clear();
                }
            });
        }

        void put(PendingRow row) {
            try {
                while (!queue.offer(row, 100, TimeUnit.MILLISECONDS)) {
                    rethrowIfFailed();
                }
                rethrowIfFailed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The export was interrupted", e);
            }
        }

        /** Waits until every row put is written. */
        void finish() {
            put(END);
            join();
            finished = true;
            rethrowIfFailed();
        }

        @Override
        public void close() {
            if (!finished) {
                writer.interrupt();
                join();
            }
        }

        private void join() {
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The export was interrupted", e);
            }
        }

        private void rethrowIfFailed() {
            Throwable failure = failed.get();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }

    private void repeat(
            SubmissionQueryWhere.Where where,
            Columns columns,
            Set<String> repeatPaths,
            String repeat,
            Sink sink,
            long[] rows) {
        List<String> questions = columns.repeats().get(repeat);
        List<String> header = new ArrayList<>(List.of("_instance_id", "_index"));
        header.addAll(questions);
        sink.header(header);
        forEachRow(where, row -> {
            String instanceId = SpreadsheetText.safe(row.getString("instance_id"));
            SubmissionExportXml.Read read = SubmissionExportXml.read(row.getString("xml"), repeatPaths, true);
            for (SubmissionExportXml.Instance instance : read.repeats().getOrDefault(repeat, List.of())) {
                String[] cells = new String[2 + questions.size()];
                cells[0] = instanceId;
                cells[1] = instance.index();
                for (int q = 0; q < questions.size(); q++) {
                    cells[2 + q] = SpreadsheetText.safe(instance.values().get(questions.get(q)));
                }
                sink.row(cells);
                rows[0]++;
            }
        });
    }

    private static void meta(ResultSet row, Map<UUID, String> versions, String[] cells) throws SQLException {
        cells[0] = SpreadsheetText.safe(row.getString("instance_id"));
        cells[1] = row.getTimestamp("received_at").toInstant().toString();
        cells[2] = SpreadsheetText.safe(row.getString("submitter"));
        cells[3] = SpreadsheetText.safe(versions.get(row.getObject("form_version", UUID.class)));
        cells[4] = row.getString("review_state");
        cells[5] = row.getString("mapping_state");
    }
}
