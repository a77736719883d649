package org.masar.assistance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.masar.shared.spreadsheet.SpreadsheetFormat;
import org.masar.shared.spreadsheet.SpreadsheetText;

/**
 * One table written row by row to a response as it is read, by a library: CSV by commons-csv (UTF-8 with a byte-order
 * mark, as people's export, so that spreadsheet programs show Arabic right), XLSX by fastexcel's streaming writer
 * (rows flushed to the stream as they go). A header row first. Numbers stay numbers in XLSX.
 */
abstract sealed class ReportSheet implements AutoCloseable {

    static ReportSheet open(SpreadsheetFormat format, OutputStream out, String name, List<String> headers) {
        ReportSheet sheet = format == SpreadsheetFormat.CSV ? new Csv(out) : new Xlsx(out, name);
        sheet.header(headers);
        return sheet;
    }

    abstract void header(List<String> headers);

    abstract void row(List<@Nullable Object> cells);

    /** Hands what is written so far to the stream. */
    abstract void flush();

    @Override
    public abstract void close();

    /** What users typed, never run as a formula by the spreadsheet that opens the file. */
    static @Nullable String text(@Nullable String value) {
        return SpreadsheetText.safe(value);
    }

    static final class Csv extends ReportSheet {

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void header(List<String> headers) {
            row(List.copyOf(headers));
        }

        @Override
        void row(List<@Nullable Object> cells) {
            try {
                printer.printRecord(cells.stream()
                        .map(cell -> cell == null
                                ? ""
                                : cell instanceof BigDecimal number ? number.toPlainString() : cell.toString())
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            // The response's stream is the container's to close: only flush.
            flush();
        }
    }

    static final class Xlsx extends ReportSheet {

        private final Workbook workbook;
        private final Worksheet sheet;
        private int next;

        Xlsx(OutputStream out, String name) {
            this.workbook = new Workbook(out, "Masar", "1.0");
            this.sheet = workbook.newWorksheet(name);
        }

        @Override
        void header(List<String> headers) {
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(next, c, headers.get(c));
                sheet.style(next, c).bold().set();
            }
            next++;
            sheet.freezePane(0, 1);
        }

        @Override
        void row(List<@Nullable Object> cells) {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    sheet.value(next, c, number);
                } else if (cell != null) {
                    sheet.value(next, c, cell.toString());
                }
            }
            next++;
        }

        @Override
        void flush() {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
