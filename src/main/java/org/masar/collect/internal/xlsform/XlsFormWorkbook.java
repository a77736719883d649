package org.masar.collect.internal.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * An XLSForm workbook read into its sheets (names in lower case, as XLSForm's sheet names are case-insensitive), each a
 * list of rows of cells named by the header, with the row number the spreadsheet shows. Read with fastexcel-reader;
 * a workbook that unpacks to more than {@link #MAX_UNPACKED_MEGABYTES} is refused before it is parsed, as
 * {@code shared.spreadsheet.SpreadsheetReader} refuses one.
 */
public final class XlsFormWorkbook {

    /** How much the workbook may unpack to: a form of thousands of questions is a few megabytes of XML. */
    public static final long MAX_UNPACKED_MEGABYTES = 32;

    /** The most rows read from one sheet. */
    public static final int MAX_ROWS = 20_000;

    /** The workbook cannot be read as XLSX, or unpacks too large. */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    /** One row: its number in the spreadsheet and its non-empty cells, by column header. */
    public record SheetRow(int number, Map<String, String> cells) {

        /** The cell under this header, empty when none. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /**
     * One sheet.
     *
     * @param name its name in lower case
     * @param headers its headers as written (stripped), in column order
     * @param rows its rows below the header
     */
    public record SheetData(String name, List<String> headers, List<SheetRow> rows) {}

    private final Map<String, SheetData> sheets;

    private XlsFormWorkbook(Map<String, SheetData> sheets) {
        this.sheets = sheets;
    }

    /** The sheet of that name (case-insensitive), if the workbook has it. */
    public @Nullable SheetData sheet(String name) {
        return sheets.get(name.toLowerCase(Locale.ROOT));
    }

    /** Reads the workbook. */
    public static XlsFormWorkbook read(byte[] content) throws Unreadable {
        if (content.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(content)) {
            throw new Unreadable("The file is not an XLSX workbook.");
        }
        refuseOversizedUnpacking(content);
        Map<String, SheetData> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            List<Sheet> all = workbook.getSheets().toList();
            for (Sheet sheet : all) {
                String name = sheet.getName().strip().toLowerCase(Locale.ROOT);
                if (!sheets.containsKey(name)) {
                    sheets.put(name, readSheet(name, sheet));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("The file is not an XLSX workbook that can be read.");
        }
        return new XlsFormWorkbook(sheets);
    }

    private static SheetData readSheet(String name, Sheet sheet) throws IOException {
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = row.getCellText(i);
                    cells.add(text == null ? "" : text.strip());
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i < cells.size() && i < headers.size(); i++) {
                    String header = headers.get(i);
                    if (!header.isEmpty() && !cells.get(i).isEmpty() && !named.containsKey(header)) {
                        named.put(header, cells.get(i));
                    }
                }
                rows.add(new SheetRow(row.getRowNum(), named));
                if (rows.size() > MAX_ROWS) {
                    throw new IllegalStateException(
                            new Unreadable("The sheet '" + name + "' has more than " + MAX_ROWS + " rows."));
                }
            }
        }
        return new SheetData(name, headers == null ? List.of() : List.copyOf(headers), List.copyOf(rows));
    }

    /**
     * Unpacks every entry once, counting, and stops at the limit: the sizes a zip declares can lie, the bytes it
     * inflates to cannot. Entries are found by the central directory, as the parser finds them.
     */
    private static void refuseOversizedUnpacking(byte[] content) throws Unreadable {
        long limit = MAX_UNPACKED_MEGABYTES * 1024 * 1024;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        unpacked += read;
                        if (unpacked > limit) {
                            throw new Unreadable(
                                    "The workbook unpacks to more than " + MAX_UNPACKED_MEGABYTES + " MB.");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The file is not an XLSX workbook that can be read.");
        }
    }
}
