package org.masar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What a module gets without editing the shell: its menu entries shown to those who may use them, its message bundle
 * found on the class path; and the paging every list shares.
 */
@MasarIntegrationTest
class ExtensionPointsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    List<MenuEntry> menu;

    @Test
    void theMenuShowsEachModulesEntriesToThoseHoldingTheirPermissionInOrder() throws Exception {
        assertThat(mvc.get().uri("/?lang=en").with(user("reader").authorities(() -> "geo:read")))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/geo\"", "href=\"/geo/sites\"", "href=\"/geo/map\"")
                // An entry with no permission (the approvals queue) is every signed-in user's.
                .contains("href=\"/approvals\"")
                .doesNotContain("href=\"/admin/users\"")
                .doesNotContain("href=\"/audit\"");
        String everything = mvc.get()
                .uri("/?lang=ar")
                .with(user("chief").authorities(() -> "geo:read", () -> "access:manage", () -> "audit:read"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(everything)
                .containsSubsequence(
                        "href=\"/geo\"", "href=\"/geo/sites\"", "href=\"/admin/users\"", "href=\"/audit\"");
        assertThat(everything).contains("المواقع", "الإدارة");
    }

    @Autowired
    List<RecordAction> actions;

    @Test
    void everyRecordActionIsLabelledInTheBundlesAndLeadsSomewhereForTheRecord() {
        assertThat(actions).isNotEmpty().allSatisfy(action -> {
            assertThat(messages.getMessage(action.labelKey(), null, null, Locale.ENGLISH))
                    .as(action.labelKey())
                    .isNotNull();
            assertThat(action.linkTemplate())
                    .as(action.labelKey())
                    .startsWith("/")
                    .contains("{id}");
        });
    }

    @Test
    void everyMenuEntryIsLabelledInTheBundles() {
        // The bundles' own test keeps Arabic and English in step, so a label found in English is in Arabic too.
        assertThat(menu)
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(messages.getMessage(entry.labelKey(), null, null, Locale.ENGLISH))
                        .as(entry.labelKey())
                        .isNotNull());
    }

    @Test
    void theApiDocumentShowsEveryIdInAPathAsAUuidString() {
        assertThat(mvc.get().uri("/api/v1/openapi.json"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.paths['/api/v1/geo/sites/{id}'].get.parameters[0].schema.format",
                        format -> assertThat(format).asString().isEqualTo("uuid"))
                .hasPathSatisfying(
                        "$.paths['/api/v1/admin/offices/{id}'].get.parameters[0].schema.type",
                        type -> assertThat(type).asString().isEqualTo("string"));
    }

    @Test
    void strangersSeeNoMenu() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("href=\"/geo/sites\"")
                .doesNotContain("href=\"/approvals\"");
    }

    @Test
    void aBundleOnTheClassPathIsFoundWithoutConfiguration() {
        assertThat(messages.getMessage("test.discovered", null, Locale.ENGLISH))
                .isEqualTo("Found without configuration");
        assertThat(messages.getMessage("test.discovered", null, Locale.forLanguageTag("ar")))
                .isEqualTo("وُجد دون أي إعداد");
        // The modules' own bundles are still there, Arabic included.
        assertThat(messages.getMessage("problem.geo.site-not-active.title", null, Locale.forLanguageTag("ar")))
                .isEqualTo("هذا الموقع معطَّل بالفعل");
    }

    @Test
    void pagingKeepsPagesAndSizesSafeAndSlicesShortLists() {
        assertThat(new Paging(-3, 0)).isEqualTo(new Paging(0, 1));
        assertThat(new Paging(2, 10_000).size()).isEqualTo(Paging.MAX_SIZE);
        assertThat(new Paging(Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE * 200L);
        assertThat(new Paging(1, 2).slice(List.of("a", "b", "c", "d", "e")))
                .isEqualTo(new PageJson<>(List.of("c", "d"), 1, 2, 5));
        assertThat(new Paging(9, 2).slice(List.of("a")).items()).isEmpty();
        PageJson<Integer> page = new Paging(0, 2).page(List.of(1, 2), 5);
        assertThat(page.map(String::valueOf)).isEqualTo(new PageJson<>(List.of("1", "2"), 0, 2, 5));
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(new Paging(0, 50).page(List.of(), 0).pageCount()).isEqualTo(1);
    }

    @Test
    void theApiSendsAPageAsItemsPageSizeAndTotal() {
        assertThat(mvc.get()
                        .uri("/api/v1/geo/sites?size=100000&page=-1")
                        .with(user("reader").authorities(() -> "geo:read")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.size", size -> assertThat(size).asNumber().isEqualTo(Paging.MAX_SIZE))
                .hasPathSatisfying(
                        "$.page", number -> assertThat(number).asNumber().isEqualTo(0))
                .hasPathSatisfying("$.total", total -> assertThat(total).isNotNull())
                .hasPathSatisfying("$.items", items -> assertThat(items).isNotNull())
                .doesNotHavePath("$.pageCount");
    }
}
