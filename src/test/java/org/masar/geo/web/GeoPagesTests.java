package org.masar.geo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The hierarchy browser and the map page, in Arabic (right to left) and English. */
@MasarIntegrationTest
class GeoPagesTests {

    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Test
    void theHierarchyBrowserListsTheRegionsInArabicRightToLeft() {
        assertThat(mvc.get().uri("/geo?lang=ar").with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("الدليل الجغرافي")
                .contains("الشرق", "الغرب", "الجنوب")
                .contains("LY01")
                .contains("hx-get=\"/geo/units/LY01\"");
        assertThat(mvc.get().uri("/geo?lang=en").with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"ltr\"")
                .contains("East", "West", "South")
                .doesNotContain("الشرق");
    }

    @Test
    void expandingAUnitAnswersTheFragmentOfItsChildren() {
        assertThat(mvc.get()
                        .uri("/geo/units/LY01?lang=ar")
                        .header("HX-Request", "true")
                        .with(READER))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("درنه", "LY0101")
                .contains("hx-get=\"/geo/units/LY0101\"");
        assertThat(mvc.get()
                        .uri("/geo/units/LY010101")
                        .header("HX-Request", "true")
                        .with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("LY01010101");
    }

    @Test
    void aUnitHasItsOwnPageWithItsBreadcrumbForBrowsersWithoutScript() {
        assertThat(mvc.get().uri("/geo/units/LY021401?lang=ar").with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("مصراتة", "مصراته", "الغرب", "Misrata")
                .contains("id=\"unit-pcode\">LY021401<")
                .contains("/geo/sites?area=LY021401");
        assertThat(mvc.get().uri("/geo/units/LY029999").with(READER)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/geo/units/nowhere").with(READER)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theMapPageLoadsLeafletFromTheWebJarAndItsScriptWithItsDataInAttributes() {
        assertThat(mvc.get().uri("/geo/map?lang=ar").with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .containsOnlyOnce("/webjars/leaflet/1.9.4/dist/leaflet.css")
                .containsOnlyOnce("/webjars/leaflet/1.9.4/dist/leaflet.js")
                .containsOnlyOnce("/js/geo-map.js")
                .contains("data-lang=\"ar\"")
                .contains("data-regions-url=\"/api/v1/geo/boundaries/regions\"")
                .contains("data-mantika-url=\"/api/v1/geo/boundaries/mantika\"")
                .contains("geoBoundaries (CC BY 3.0 IGO)")
                .contains("تخطيطي")
                .contains("data-site-type=\"DETENTION_CENTRE\"")
                .doesNotContain("tile.openstreetmap");
        assertThat(mvc.get().uri("/js/geo-map.js")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/leaflet/dist/leaflet.js")).hasStatusOk();
    }

    @Test
    void thePagesNeedGeoRead() {
        assertThat(mvc.get().uri("/geo").with(user("stranger").authorities(() -> "audit:read")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/geo/map"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }
}
