package org.masar.dtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The figure keys' grammar and the totals each key sums into. */
class FigureKeyTests {

    @Test
    void theGrammarAcceptsTheIssuesKeysAndRefusesOthers() {
        assertThat(FigureKey.valid("idps.ind")).isTrue();
        assertThat(FigureKey.valid("returnees.hh")).isTrue();
        assertThat(FigureKey.valid("migrants.ind.f.children")).isTrue();
        assertThat(FigureKey.valid("migrants.ind.nationality.NER")).isTrue();
        assertThat(FigureKey.valid("idps.ind.origin.LY010101")).isTrue();
        assertThat(FigureKey.valid("idps.hh.reason.conflict")).isTrue();
        assertThat(FigureKey.valid("returnees.hh.shelter.rented")).isTrue();
        assertThat(FigureKey.valid("migrants.ind.arrival.last-6-months")).isTrue();

        assertThat(FigureKey.valid("refugees.ind")).isFalse();
        assertThat(FigureKey.valid("idps")).isFalse();
        assertThat(FigureKey.valid("idps.hh.f")).isFalse();
        assertThat(FigureKey.valid("idps.ind.children")).isFalse();
        assertThat(FigureKey.valid("idps.ind.f.elderly")).isFalse();
        assertThat(FigureKey.valid("idps.ind.nationality.NER")).isFalse();
        assertThat(FigureKey.valid("migrants.ind.nationality.ner")).isFalse();
        assertThat(FigureKey.valid("migrants.ind.origin.LY010101")).isFalse();
        assertThat(FigureKey.valid("idps.ind.origin.LY01")).isFalse();
        assertThat(FigureKey.valid("idps.ind.")).isFalse();
        assertThatThrownBy(() -> FigureKey.parse("idps.ind.x")).isInstanceOf(InvalidFigureKey.class);
    }

    @Test
    void eachKeyKnowsWhatItSumsInto() {
        FigureKey girls = FigureKey.parse(" migrants.ind.f.children ");
        assertThat(girls.parent()).isEqualTo(new FigureKey("migrants.ind.f"));
        assertThat(girls.parent().parent()).isEqualTo(new FigureKey("migrants.ind"));
        assertThat(girls.total()).isEqualTo(new FigureKey("migrants.ind"));
        assertThat(girls.dimension()).isEqualTo("age");
        assertThat(girls.parent().dimension()).isEqualTo("sex");
        assertThat(girls.population()).isEqualTo("migrants");
        assertThat(new FigureKey("migrants.ind").parent()).isNull();
        assertThat(new FigureKey("migrants.ind").isTotal()).isTrue();
        assertThat(new FigureKey("migrants.ind.nationality.NER").parent()).isEqualTo(new FigureKey("migrants.ind"));
        assertThat(new FigureKey("idps.hh.origin.LY010101").dimension()).isEqualTo("origin");
        assertThat(FigureKey.completeValues("sex")).containsExactly("f", "m");
    }
}
