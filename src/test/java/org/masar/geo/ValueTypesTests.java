package org.masar.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gazetteer's value types: P-codes, coordinates within Libya, site ids and types, validity. */
class ValueTypesTests {

    @Test
    void aPCodeTellsItsLevelByItsLength() {
        assertThat(new PCode("LY01").level()).isEqualTo(AdminLevel.REGION);
        assertThat(new PCode("LY0214").level()).isEqualTo(AdminLevel.MANTIKA);
        assertThat(PCode.parse(" ly021401 ").value()).isEqualTo("LY021401");
        assertThat(PCode.parse("LY021401").level()).isEqualTo(AdminLevel.BALADIYA);
        assertThat(new PCode("LY01010101").level()).isEqualTo(AdminLevel.MUHALLA);
        assertThat(PCode.parseOptional(" ")).isEmpty();
        assertThat(PCode.parseOptional(null)).isEmpty();
    }

    @Test
    void anythingElseIsNotAPCode() {
        for (String text : new String[] {"", "LY", "LY1", "LY012", "LY0101010101", "TN01", "LY01A1", "Misrata"}) {
            assertThatThrownBy(() -> PCode.parse(text))
                    .isInstanceOf(InvalidPCode.class)
                    .extracting(e -> ((InvalidPCode) e).code())
                    .isEqualTo("geo.pcode-invalid");
        }
    }

    @Test
    void coordinatesMustLieWithinLibyasBoundingBox() {
        assertThat(new Coordinates(32.8872, 13.1913).latitude()).isEqualTo(32.8872); // Tripoli
        assertThat(new Coordinates(19.5, 9.38)).isNotNull();
        assertThat(new Coordinates(33.17, 25.16)).isNotNull();
        assertThat(new Coordinates(32.123456789, 13.1).latitude()).isEqualTo(32.123457);
        for (double[] outside :
                new double[][] {{35.5, 12.6}, {30.0, 31.2}, {19.4, 20.0}, {25.0, 9.0}, {Double.NaN, 13.0}}) {
            assertThatThrownBy(() -> new Coordinates(outside[0], outside[1]))
                    .isInstanceOf(CoordinatesOutsideLibya.class)
                    .extracting(e -> ((CoordinatesOutsideLibya) e).status().value())
                    .isEqualTo(400);
        }
    }

    @Test
    void aSiteIdThatIsNotAUuidNamesNoSite() {
        UUID uuid = UUID.randomUUID();
        assertThat(SiteId.parse(uuid.toString())).isEqualTo(new SiteId(uuid));
        assertThatThrownBy(() -> SiteId.parse("42")).isInstanceOf(SiteNotFound.class);
    }

    @Test
    void siteTypesAreReadByName() {
        assertThat(SiteType.parse("detention_centre")).isEqualTo(SiteType.DETENTION_CENTRE);
        assertThatThrownBy(() -> SiteType.parse("CASTLE")).isInstanceOf(UnknownSiteType.class);
    }

    @Test
    void siteDetailsAreTidied() {
        SiteDetails details =
                new SiteDetails(" trp-dp-01 ", SiteType.OFFICE, " Office ", " مكتب ", new PCode("LY021104"), null);
        assertThat(details.code()).isEqualTo("TRP-DP-01");
        assertThat(details.nameEn()).isEqualTo("Office");
        assertThat(details.nameAr()).isEqualTo("مكتب");
    }

    @Test
    void aUnitIsCurrentWithinItsValidityAndNamedInTheReadersLanguage() {
        AdminUnit misrata = new AdminUnit(
                new PCode("LY021401"),
                AdminLevel.BALADIYA,
                new PCode("LY0214"),
                "Misrata",
                "مصراتة",
                null,
                null,
                LocalDate.of(2030, 1, 1),
                0);
        assertThat(misrata.isCurrentOn(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(misrata.isCurrentOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(misrata.name(Locale.forLanguageTag("ar"))).isEqualTo("مصراتة");
        assertThat(misrata.name(Locale.ENGLISH)).isEqualTo("Misrata");
    }
}
