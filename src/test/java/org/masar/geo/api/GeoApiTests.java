package org.masar.geo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The gazetteer's read API: lists, lookups by P-code, shapes, and its problems. */
@MasarIntegrationTest
class GeoApiTests {

    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheThreeRegions() {
        assertThat(mvc.get().uri("/api/v1/geo/regions").with(READER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(3))
                .hasPathSatisfying("$[0].pcode", p -> assertThat(p).asString().isEqualTo("LY01"))
                .hasPathSatisfying("$[0].nameEn", p -> assertThat(p).asString().isEqualTo("East"))
                .hasPathSatisfying("$[0].nameAr", p -> assertThat(p).asString().isEqualTo("الشرق"))
                .hasPathSatisfying("$[0].level", p -> assertThat(p).asString().isEqualTo("REGION"))
                .hasPathSatisfying(
                        "$[0].children", p -> assertThat(p).asNumber().isEqualTo(7));
    }

    @Test
    void listsMantikaAndBaladiyaByParent() {
        assertThat(mvc.get().uri("/api/v1/geo/mantika").with(READER))
                .bodyJson()
                .hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(22));
        assertThat(mvc.get().uri("/api/v1/geo/mantika?region=LY01").with(READER))
                .bodyJson()
                .hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(7))
                .hasPathSatisfying("$[*].parent", p -> assertThat(p).asArray().containsOnly("LY01"));
        assertThat(mvc.get().uri("/api/v1/geo/baladiya").with(READER))
                .bodyJson()
                .hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(100));
        assertThat(mvc.get().uri("/api/v1/geo/baladiya?mantika=LY0214").with(READER))
                .bodyJson()
                .hasPathSatisfying("$[*].pcode", p -> assertThat(p).asArray().contains("LY021401"))
                .hasPathSatisfying("$[*].parent", p -> assertThat(p).asArray().containsOnly("LY0214"));
        assertThat(mvc.get().uri("/api/v1/geo/baladiya?region=LY03").with(READER))
                .bodyJson()
                .hasPathSatisfying(
                        "$[*].pcode",
                        p -> assertThat(p)
                                .asArray()
                                .allSatisfy(code -> assertThat((String) code).startsWith("LY03")));
        assertThat(mvc.get().uri("/api/v1/geo/muhalla?baladiya=LY010101").with(READER))
                .bodyJson()
                .hasPathSatisfying("$[0].pcode", p -> assertThat(p).asString().isEqualTo("LY01010101"))
                .hasPathSatisfying("$[0].nameAr", p -> assertThat(p).asString().isEqualTo("ابو الفرايس"));
    }

    @Test
    void findsOneUnitByItsPCode() {
        assertThat(mvc.get().uri("/api/v1/geo/units/LY021401").with(READER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.nameEn", p -> assertThat(p).asString().isEqualTo("Misrata"))
                .hasPathSatisfying("$.nameAr", p -> assertThat(p).asString().isEqualTo("مصراتة"))
                .hasPathSatisfying("$.parent", p -> assertThat(p).asString().isEqualTo("LY0214"))
                .hasPathSatisfying("$.level", p -> assertThat(p).asString().isEqualTo("BALADIYA"))
                .hasPathSatisfying("$.latitude", p -> assertThat(p).isNull());
        assertThat(mvc.get().uri("/api/v1/geo/units/ly01").with(READER))
                .bodyJson()
                .hasPathSatisfying("$.nameAr", p -> assertThat(p).asString().isEqualTo("الشرق"));
        assertThat(mvc.get().uri("/api/v1/geo/units/LY0214/children").with(READER))
                .bodyJson()
                .hasPathSatisfying("$[*].pcode", p -> assertThat(p).asArray().contains("LY021401"));
    }

    @Test
    void anUnknownPCodeIsANotFoundProblemAndAMalformedOneABadRequest() {
        assertThat(mvc.get().uri("/api/v1/geo/units/LY021405").with(READER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.type", t -> assertThat(t).asString().isEqualTo("/problems/geo.unit-not-found"))
                .hasPathSatisfying("$.detail", d -> assertThat(d).asString().contains("LY021405"));
        assertThat(mvc.get().uri("/api/v1/geo/baladiya?mantika=LY0299").with(READER))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/geo/units/Tripoli").with(READER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.pcode-invalid");
        assertThat(mvc.get().uri("/api/v1/geo/baladiya?mantika=LY01").with(READER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.pcode-invalid");
        assertThat(mvc.get().uri("/api/v1/geo/muhalla").with(READER)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theBoundariesAreGeoJsonWithNamesInBothLanguagesAndLabelPoints() {
        assertThat(mvc.get().uri("/api/v1/geo/boundaries/regions").with(READER))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("application/geo+json")
                .bodyJson()
                .hasPathSatisfying("$.type", t -> assertThat(t).asString().isEqualTo("FeatureCollection"))
                .hasPathSatisfying(
                        "$.features.length()", n -> assertThat(n).asNumber().isEqualTo(3))
                .hasPathSatisfying(
                        "$.features[0].properties.nameAr",
                        p -> assertThat(p).asString().isEqualTo("الشرق"));
        assertThat(mvc.get().uri("/api/v1/geo/boundaries/mantika").with(READER))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.features.length()", n -> assertThat(n).asNumber().isEqualTo(22))
                .hasPathSatisfying(
                        "$.features[0].properties.pcode",
                        p -> assertThat(p).asString().isEqualTo("LY0101"))
                .hasPathSatisfying(
                        "$.features[0].properties.nameAr",
                        p -> assertThat(p).asString().isEqualTo("درنه"))
                .hasPathSatisfying(
                        "$.features[0].properties.labelLat",
                        p -> assertThat(p).asNumber().isEqualTo(31.902298))
                .hasPathSatisfying(
                        "$.features[0].geometry.type",
                        p -> assertThat(p).asString().isNotEmpty());
    }

    @Test
    void readingTheGazetteerNeedsGeoRead() {
        assertThat(mvc.get().uri("/api/v1/geo/regions").with(user("nobody").authorities(() -> "audit:read")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(mvc.get().uri("/api/v1/geo/units/LY01"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unauthenticated");
        assertThat(mvc.get()
                        .uri("/api/v1/geo/boundaries/mantika")
                        .with(SecurityMockMvcRequestPostProcessors.anonymous()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
