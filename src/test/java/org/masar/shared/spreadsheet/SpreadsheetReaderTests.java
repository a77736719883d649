package org.masar.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files too short to be a workbook, or empty, are read as what they are, never failing the reader itself. */
class SpreadsheetReaderTests {

    @Test
    void aFileShorterThanAZipHeaderIsReadAsCsv() {
        for (String text : new String[] {"a", "ab", "PK\u0003"}) {
            SpreadsheetReader.Table table =
                    SpreadsheetReader.read("short.csv", text.getBytes(StandardCharsets.ISO_8859_1), null);
            assertThat(table.header()).hasSize(1);
            assertThat(table.rows()).isEmpty();
        }
    }

    @Test
    void anEmptyFileIsUnreadable() {
        assertThatThrownBy(() -> SpreadsheetReader.read("empty.csv", new byte[0], null))
                .isInstanceOf(SpreadsheetReader.Unreadable.class);
    }

    @Test
    void aCsvFileIsReadWithItsLinesNumberedAsTheUserSeesThem() {
        SpreadsheetReader.Table table = SpreadsheetReader.read(
                "people.csv", "name;age\nSalma;30\n\nOmar;41\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(table.header()).containsExactly("name", "age");
        assertThat(table.rows()).extracting(SpreadsheetReader.Line::number).containsExactly(2, 4);
        assertThat(table.rows().get(1).cell(1)).isEqualTo("41");
        assertThat(table.rows().get(1).cell(5)).isEmpty();
    }
}
