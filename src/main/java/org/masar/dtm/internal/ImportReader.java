package org.masar.dtm.internal;

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
import org.masar.dtm.ImportTooLarge;
import org.masar.dtm.UnreadableImport;

/**
 * Reads a spreadsheet into a header and rows of text: XLSX (recognised by its zip header, read with fastexcel-reader,
 * the chosen sheet or the first) or CSV (UTF-8, comma or semicolon, read with commons-csv). Its lines are numbered as
 * the user sees them, the header being line 1 of a CSV file and its own row of a sheet.
 */
final class ImportReader {

    /** The largest number of rows read from one file. */
    static final int MAX_ROWS = 20_000;

    /**
     * How much an XLSX file may unpack to. 20,000 rows of a few dozen cells are a few megabytes of XML; a crafted
     * file of a few megabytes could otherwise unpack to gigabytes in the parser.
     */
    static final long MAX_UNPACKED_MEGABYTES = 64;

    /**
     * A read table.
     *
     * @param header the first row's cells
     * @param rows each following non-empty row, with its line
     */
    record Table(List<String> header, List<Line> rows) {}

    /** One row and the line it was on. */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private ImportReader() {}

    static Table read(String fileName, byte[] content, @Nullable String sheet) {
        if (content.length == 0) {
            throw new UnreadableImport(fileName);
        }
        return ReadableWorkbook.isOOXMLZipHeader(content) ? xlsx(fileName, content, sheet) : csv(fileName, content);
    }

    private static Table xlsx(String fileName, byte[] content, @Nullable String sheetName) {
        refuseOversizedUnpacking(fileName, content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = sheetName == null || sheetName.isBlank()
                    ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName.strip()).orElseThrow(() -> new UnreadableImport(sheetName));
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
                            throw new UnreadableImport(fileName);
                        }
                    }
                }
            }
            if (header == null) {
                throw new UnreadableImport(fileName);
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImport unreadable) {
                throw unreadable;
            }
            throw new UnreadableImport(fileName);
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
            throw new UnreadableImport(fileName);
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
                        throw new UnreadableImport(fileName);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImport unreadable) {
                throw unreadable;
            }
            throw new UnreadableImport(fileName);
        }
        if (header == null) {
            throw new UnreadableImport(fileName);
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
                            throw new ImportTooLarge(MAX_UNPACKED_MEGABYTES);
                        }
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UnreadableImport(fileName);
        }
    }
}
