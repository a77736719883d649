package org.masar.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded spreadsheet into a header and rows of text, the one reader every import uses (DTM figures,
 * distribution beneficiary lists, a cash provider's report): XLSX (recognised by its zip header, read with
 * fastexcel-reader, the chosen sheet or the first) or CSV (UTF-8, comma or semicolon, read with commons-csv). Its lines
 * are numbered as the user sees them, the header being line 1 of a CSV file and its own row of a sheet.
 *
 * <p>It throws {@link Unreadable} and {@link TooLarge}, which are not problems: each module answers them with its own
 * problem (naming its import), so that what a user reads says what they were importing.
 */
public final class SpreadsheetReader {

    /** The largest number of rows read from one file. */
    public static final int MAX_ROWS = 20_000;

    /**
     * How much an XLSX file may unpack to. 20,000 rows of a few dozen cells are a few megabytes of XML; a crafted
     * file of a few megabytes could otherwise unpack to gigabytes in the parser.
     */
    public static final long MAX_UNPACKED_MEGABYTES = 64;

    /**
     * A read table.
     *
     * @param header the first row's cells
     * @param rows each following non-empty row, with its line
     */
    public record Table(List<String> header, List<Line> rows) {}

    /** One row and the line it was on. */
    public record Line(int number, List<String> cells) {

        /** The cell in this column, empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * The file is not a CSV or XLSX file that can be read, is empty, has more than {@link #MAX_ROWS} rows, or the
     * sheet does not exist.
     *
     * @param what the file or sheet, as the user named it
     */
    public static final class Unreadable extends RuntimeException {
        private final String what;

        Unreadable(String what) {
            super("Unreadable spreadsheet: " + what);
            this.what = what;
        }

        /** The file or sheet that could not be read. */
        public String what() {
            return what;
        }
    }

    /** The XLSX file unpacks to more than {@link #MAX_UNPACKED_MEGABYTES}: refused before it is parsed. */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("Spreadsheet unpacks to more than " + MAX_UNPACKED_MEGABYTES + " MB");
        }
    }

    private SpreadsheetReader() {}

    /** Reads the file's chosen sheet (XLSX; the first when none is named) or its rows (CSV). */
    public static Table read(String fileName, byte[] content, @Nullable String sheet) {
        if (content.length == 0) {
            throw new Unreadable(fileName);
        }
        // The zip header is four bytes; fastexcel's check reads them without looking at the length.
        boolean workbook = content.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(content);
        return workbook ? xlsx(fileName, content, sheet) : csv(fileName, content);
    }

    private static Table xlsx(String fileName, byte[] content, @Nullable String sheetName) {
        refuseOversizedUnpacking(fileName, content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = sheetName == null || sheetName.isBlank()
                    ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName.strip()).orElseThrow(() -> new Unreadable(sheetName));
            List<String> header = null;
            List<Line> rows = new ArrayList<>();
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
                    if (header == null) {
                        header = cells;
                    } else {
                        rows.add(new Line(row.getRowNum(), cells));
                        if (rows.size() > MAX_ROWS) {
                            throw new Unreadable(fileName);
                        }
                    }
                }
            }
            if (header == null) {
                throw new Unreadable(fileName);
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable(fileName);
        }
    }

    private static Table csv(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(fileName);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setTrim(true)
                // Blank lines are records too (skipped below), so that a record's number stays its line's.
                .setIgnoreEmptyLines(false)
                .get();
        List<String> header = null;
        List<Line> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    // commons-csv counts records from 1; with the header the line is the record's number.
                    rows.add(new Line((int) record.getRecordNumber(), cells));
                    if (rows.size() > MAX_ROWS) {
                        throw new Unreadable(fileName);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable(fileName);
        }
        if (header == null) {
            throw new Unreadable(fileName);
        }
        return new Table(header, rows);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /**
     * Unpacks every entry once, counting, and stops at the limit: the sizes a zip declares can lie, the bytes it
     * inflates to cannot. Entries are found by the central directory, as the parser finds them.
     */
    private static void refuseOversizedUnpacking(String fileName, byte[] content) {
        long limit = MAX_UNPACKED_MEGABYTES * 1024 * 1024;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        unpacked += read;
                        if (unpacked > limit) {
                            throw new TooLarge();
                        }
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new Unreadable(fileName);
        }
    }
}
