package org.masar.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula is written as text; everything else as typed. */
class SpreadsheetTextTests {

    @Test
    void aValueThatWouldStartAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://x\",\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"Click\")");
        assertThat(SpreadsheetText.safe("+218 91 234 5678")).isEqualTo("'+218 91 234 5678");
        assertThat(SpreadsheetText.safe("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.safe("Salma Ali")).isEqualTo("Salma Ali");
        assertThat(SpreadsheetText.safe("سلمى")).isEqualTo("سلمى");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isNull();
    }
}
