package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names and counts as spreadsheets spell them. */
class ImportNamesTests {

    @Test
    void arabicSpellingsMeetTheGazetteers() {
        assertThat(ImportNames.normalise("مِصْراته")).isEqualTo(ImportNames.normalise("مصراتة"));
        assertThat(ImportNames.normalise("زلـيتن")).isEqualTo(ImportNames.normalise("زليتن"));
        assertThat(ImportNames.normalise("الأبرق")).isEqualTo(ImportNames.normalise("الابرق"));
        assertThat(ImportNames.normalise("إجدابيا")).isEqualTo(ImportNames.normalise("اجدابيا"));
        assertThat(ImportNames.normalise("بني وليد")).isEqualTo(ImportNames.normalise("بنى  وليد"));
    }

    @Test
    void englishSpellingsIgnoreCaseSpacesAndHyphens() {
        assertThat(ImportNames.normalise("  Umm  Arrazam ")).isEqualTo(ImportNames.normalise("umm arrazam"));
        assertThat(ImportNames.normalise("Bani-Walid")).isEqualTo(ImportNames.normalise("bani walid"));
    }

    @Test
    void countsAcceptArabicDigitsAndSeparatorsButNothingElse() {
        assertThat(ImportNames.count("١٢٣")).isEqualTo(123L);
        assertThat(ImportNames.count("1,250")).isEqualTo(1250L);
        assertThat(ImportNames.count("40.0")).isEqualTo(40L);
        assertThat(ImportNames.count("-3")).isNull();
        assertThat(ImportNames.count("12.5")).isNull();
        assertThat(ImportNames.count("many")).isNull();
    }
}
