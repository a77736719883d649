package org.masar.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user's default site through the API, and the whole path of the site lifecycle's event: the gazetteer deactivates
 * a site, the registry delivers {@code SiteDeactivated} to access after the commit, and the site is no one's default.
 */
@MasarIntegrationTest
class DefaultSitesApiTests {

    static final RequestPostProcessor ADMINISTRATOR =
            user("site-administrator").authorities(() -> "access:manage", () -> "geo:read", () -> "geo:manage");
    static final RequestPostProcessor VIEWER = user("site-viewer").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Test
    void deactivatingASiteClearsItAsAUsersDefaultSite() {
        String site = site();
        String user = newUser();
        assertThat(choose(user, "\"" + site + "\"")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/admin/users/{id}/default-site", user).with(ADMINISTRATOR))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.siteId")
                .isEqualTo(site);

        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites/{id}/deactivate", site)
                        .with(ADMINISTRATOR)
                        .with(csrf()))
                .hasStatusOk();
        // The listener runs after the commit on another thread: wait for what the user would see, never a fixed time.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mvc.get()
                                .uri("/api/v1/admin/users/{id}/default-site", user)
                                .with(ADMINISTRATOR))
                        .bodyJson()
                        .extractingPath("$.siteId")
                        .isNull());
    }

    @Test
    void aSiteOutOfUseCannotBeChosenAndAnUnknownOneIsNotFound() {
        String site = site();
        String user = newUser();
        mvc.post()
                .uri("/api/v1/geo/sites/{id}/deactivate", site)
                .with(ADMINISTRATOR)
                .with(csrf())
                .exchange();
        assertThat(choose(user, "\"" + site + "\""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-not-active");
        assertThat(choose(user, "\"" + UUID.randomUUID() + "\""))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/geo.site-not-found");
        assertThat(choose(user, "null"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.siteId")
                .isNull();
    }

    @Test
    void onlyAnAdministratorChoosesADefaultSite() {
        String user = newUser();
        assertThat(mvc.put()
                        .uri("/api/v1/admin/users/{id}/default-site", user)
                        .with(VIEWER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siteId\":null}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMalformedIdInAPathIsTheSameNotFoundProblemForEveryIdType() {
        for (String path : new String[] {
            "/api/v1/admin/users/not-a-uuid",
            "/api/v1/admin/users/not-a-uuid/default-site",
            "/api/v1/admin/offices/12345",
            "/api/v1/admin/organisations/0000-zzzz",
            "/api/v1/geo/sites/not-a-uuid"
        }) {
            assertThat(mvc.get().uri(path).with(ADMINISTRATOR))
                    .hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/not-found");
        }
        assertThat(mvc.get().uri("/admin/users/not-a-uuid").with(ADMINISTRATOR).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult choose(String user, String siteJson) {
        return mvc.put()
                .uri("/api/v1/admin/users/{id}/default-site", user)
                .with(ADMINISTRATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\":" + siteJson + "}")
                .exchange();
    }

    private String site() {
        String code = "DS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MvcTestResult created = mvc.post()
                .uri("/api/v1/geo/sites")
                .with(ADMINISTRATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","type":"FLOW_MONITORING_POINT","nameEn":"Ghat crossing","nameAr":"معبر غات",
                         "baladiya":"LY021401"}
                        """.formatted(code))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(created), "$.id");
    }

    private String newUser() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult created = mvc.post()
                .uri("/api/v1/admin/users")
                .with(ADMINISTRATOR)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"displayName\":\"Field officer\",\"roles\":[]}".formatted(username))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(created), "$.id");
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
