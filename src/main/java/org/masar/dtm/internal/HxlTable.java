package org.masar.dtm.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A table ready to publish with its HXL hashtags: a header row, the hashtag row right under it, then the data rows
 * (numbers, text such as {@code <5} and {@code x}, or nothing). Written as CSV (UTF-8, RFC 4180) or XLSX.
 */
public record HxlTable(List<HxlTags.Column> columns, List<List<@Nullable Object>> rows) {

    public HxlTable {
        columns = List.copyOf(columns);
        List<List<@Nullable Object>> copied = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    public List<String> headers() {
        return columns.stream().map(HxlTags.Column::header).toList();
    }

    public List<String> tags() {
        return columns.stream().map(HxlTags.Column::tag).toList();
    }

    /** The table as CSV: header row, hashtag row, data rows; CRLF line ends. */
    public void writeCsv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(headers());
            printer.printRecord(tags());
            for (List<@Nullable Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(cell -> cell == null ? "" : cell.toString())
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as one XLSX sheet: header row, hashtag row, data rows (numbers as numbers). */
    public void writeXlsx(OutputStream out, String sheetName) {
        try {
            Workbook workbook = new Workbook(out, "Masar", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
                sheet.style(0, c).bold().set();
                sheet.value(1, c, columns.get(c).tag());
            }
            for (int r = 0; r < rows.size(); r++) {
                List<@Nullable Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 2, c, number);
                    } else if (cell != null) {
                        sheet.value(r + 2, c, cell.toString());
                    }
                }
            }
            sheet.freezePane(0, 2);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
