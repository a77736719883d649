package org.masar.collect.internal.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test support: writes a real {@code .xlsx} XLSForm (with fastexcel) from a text table in the markdown form pyxform's
 * own tests use, numbers and {@code TRUE}/{@code FALSE} typed as a spreadsheet program types them. A line with one word in its first cell starts a sheet; the lines after it, whose first cell is empty,
 * are the sheet's rows, the first of them its header:
 *
 * <pre>
 * | survey |
 * |        | type    | name | label::English (en) | label::العربية (ar) |
 * |        | integer | age  | Age                 | العمر               |
 * </pre>
 */
public final class XlsFormWorkbooks {

    private XlsFormWorkbooks() {}

    /** Writes the workbook of a markdown file: {@code XlsFormWorkbooks source.md target.xlsx}. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Files.write(
                java.nio.file.Path.of(args[1]), xlsx(java.nio.file.Files.readString(java.nio.file.Path.of(args[0]))));
    }

    /** The sheets of a markdown table, in order, each a list of rows of cells. */
    public static Map<String, List<List<String>>> sheets(String markdown) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : markdown.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                continue;
            }
            String inner = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("\\|", "|"));
            }
            if (!cells.getFirst().isEmpty()) {
                current = new ArrayList<>();
                sheets.put(cells.getFirst(), current);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("A row before any sheet: " + line);
            }
            current.add(cells.subList(1, cells.size()));
        }
        return sheets;
    }

    /** The workbook of a markdown table. */
    public static byte[] xlsx(String markdown) {
        return xlsx(sheets(markdown));
    }

    /** A workbook of these sheets. */
    public static byte[] xlsx(Map<String, List<List<String>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Masar tests", "1.0");
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                List<List<String>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        String cell = row.get(c);
                        if (cell.isEmpty()) {
                            continue;
                        }
                        // Typed as a spreadsheet program types what is typed in it: numbers and booleans.
                        if (cell.matches("-?\\d{1,15}(\\.\\d+)?")) {
                            worksheet.value(r, c, new java.math.BigDecimal(cell));
                        } else if (cell.equals("TRUE") || cell.equals("FALSE")) {
                            worksheet.value(r, c, Boolean.valueOf(cell));
                        } else {
                            worksheet.value(r, c, cell);
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
