package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each of the seeded roles grants exactly the permissions intended, as the administration API reports them. */
@MasarIntegrationTest
class SeededRolesTests {

    static final Map<String, Set<String>> INTENDED = Map.ofEntries(
            Map.entry(
                    "ADMINISTRATOR",
                    Set.of(
                            "access:manage",
                            "audit:read",
                            "audit:verify",
                            "geo:read",
                            "geo:manage",
                            "results:read",
                            "api:tokens",
                            "people:read",
                            "people:register",
                            "people:edit",
                            "people:merge",
                            "people:screen")),
            Map.entry(
                    "PROGRAMME_MANAGER",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "cases:read",
                            "referrals:read",
                            "dtm:read",
                            "results:read",
                            "results:export",
                            "api:tokens",
                            "access:share-restricted",
                            "access:assign-restricted",
                            "people:register",
                            "people:edit",
                            "people:delete",
                            "people:merge",
                            "people:export",
                            "people:screen",
                            "people:manage-screening",
                            "cases:approve",
                            "cases:manage-types",
                            "referrals:manage-services",
                            "assistance:read",
                            "assistance:manage-catalogue",
                            "assistance:manage-distributions",
                            "assistance:approve-payments",
                            "assistance:monitor",
                            "assistance:export",
                            "collect:manage-forms",
                            "collect:review",
                            "collect:export")),
            Map.entry(
                    "CASEWORKER",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "people:write",
                            "people:register",
                            "people:edit",
                            "people:screen",
                            "cases:read",
                            "cases:write",
                            "referrals:read",
                            "referrals:send",
                            "assistance:read",
                            "assistance:record",
                            "collect:submit")),
            Map.entry(
                    "PROTECTION_CASEWORKER",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "people:write",
                            "people:register",
                            "people:edit",
                            "people:screen",
                            "cases:read",
                            "cases:write",
                            "referrals:read",
                            "referrals:send",
                            "protection:read-restricted",
                            "protection:write",
                            "assistance:read",
                            "assistance:record",
                            "collect:submit")),
            Map.entry(
                    "HEALTH_WORKER",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "people:write",
                            "people:register",
                            "people:edit",
                            "people:screen",
                            "health:read-restricted",
                            "health:write",
                            "referrals:send",
                            "cases:read",
                            "cases:write",
                            "assistance:read",
                            "assistance:record",
                            "collect:submit")),
            Map.entry(
                    "DTM_OFFICER",
                    Set.of(
                            "geo:read",
                            "geo:manage",
                            "dtm:read",
                            "dtm:collect",
                            "dtm:manage",
                            "dtm:publish",
                            "results:read",
                            "api:tokens",
                            "collect:manage-forms",
                            "collect:submit",
                            "collect:review",
                            "collect:export")),
            Map.entry("DTM_ENUMERATOR", Set.of("geo:read", "dtm:collect", "collect:submit")),
            Map.entry(
                    "ME_OFFICER",
                    Set.of(
                            "geo:read",
                            "dtm:read",
                            "results:read",
                            "results:export",
                            "api:tokens",
                            "assistance:read",
                            "assistance:monitor",
                            "collect:review",
                            "collect:export")),
            Map.entry("PARTNER_CASEWORKER", Set.of("geo:read", "referrals:read", "referrals:respond")),
            Map.entry("VIEWER", Set.of("geo:read", "results:read")),
            Map.entry(
                    "CASE_SUPERVISOR",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "people:register",
                            "people:edit",
                            "cases:read",
                            "cases:write",
                            "cases:approve",
                            "referrals:read",
                            "referrals:send",
                            "referrals:override-consent",
                            "protection:read-restricted",
                            "access:assign-restricted",
                            "assistance:read",
                            "assistance:record")),
            Map.entry(
                    "LOGISTICS_OFFICER",
                    Set.of(
                            "geo:read",
                            "assistance:read",
                            "assistance:manage-stock",
                            "assistance:manage-catalogue",
                            "assistance:manage-distributions")),
            Map.entry(
                    "CASH_OFFICER",
                    Set.of(
                            "geo:read",
                            "people:read",
                            "assistance:read",
                            "assistance:manage-cash",
                            "assistance:export")));

    static final Set<String> MISSION_WIDE =
            Set.of("ADMINISTRATOR", "PROGRAMME_MANAGER", "DTM_OFFICER", "ME_OFFICER", "VIEWER");

    @Autowired
    MockMvcTester mvc;

    @Test
    void everySeededRoleHasExactlyItsIntendedPermissions() {
        for (Map.Entry<String, Set<String>> role : INTENDED.entrySet()) {
            var answer = assertThat(mvc.get()
                            .uri("/api/v1/admin/roles/{code}", role.getKey())
                            .with(AccessTestSupport.administrator()))
                    .hasStatusOk()
                    .bodyJson();
            answer.extractingPath("$.permissions")
                    .asArray()
                    .as(role.getKey())
                    .containsExactlyInAnyOrderElementsOf(role.getValue());
            answer.extractingPath("$.builtIn").isEqualTo(true);
            answer.extractingPath("$.missionWide").as(role.getKey()).isEqualTo(MISSION_WIDE.contains(role.getKey()));
        }
    }

    @Test
    void theSeededRolesAreListedFirstAndNoPermissionOutsideTheCatalogueIsGranted() {
        var list = assertThat(mvc.get().uri("/api/v1/admin/roles?size=200").with(AccessTestSupport.administrator()))
                .hasStatusOk()
                .bodyJson();
        list.extractingPath("$.items[?(@.builtIn == true)].code")
                .asArray()
                .containsExactlyInAnyOrderElementsOf(INTENDED.keySet());
        List<String> catalogue = INTENDED.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        assertThat(mvc.get().uri("/api/v1/admin/permissions").with(AccessTestSupport.administrator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .containsAll(catalogue);
    }
}
