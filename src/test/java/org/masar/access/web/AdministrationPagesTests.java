package org.masar.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administration pages as an administrator uses them (the same ids the browser test relies on), in English and
 * Arabic, and refused to everyone else.
 */
@MasarIntegrationTest
class AdministrationPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor administrator() {
        return user("page-administrator").authorities(() -> "access:manage");
    }

    @Test
    void anAdministratorCreatesAUserAndSeesItsOneTimePasswordOnce() {
        assertThat(mvc.get().uri("/admin/users").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"new-user\"")
                .contains("id=\"users-table\"");
        assertThat(mvc.get().uri("/admin/users/new").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"username\"")
                .contains("id=\"displayName\"")
                .contains("id=\"roles\"")
                .contains("name=\"roles\"")
                .contains("id=\"save-user\"")
                .contains("value=\"CASEWORKER\"");

        String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult saved = mvc.post()
                .uri("/admin/users")
                .with(administrator())
                .with(csrf())
                .param("username", username)
                .param("displayName", "Huda")
                .param("roles", "CASEWORKER")
                .param("programmeScope", "PROTECTION")
                .param("baladiyaScope", "LY010102, LY020801")
                .param("preferredLanguage", "ar")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
        Map<String, Object> flash = saved.getMvcResult().getFlashMap();
        assertThat(flash).containsKey("oneTimePassword");
        String password = (String) flash.get("oneTimePassword");

        // What the redirect shows, in the same session: the new account in the table and the password, once.
        var list = mvc.get()
                .uri("/admin/users")
                .with(administrator())
                .cookie(saved.getResponse().getCookies());
        assertThat(list)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"one-time-password\"")
                .contains(password)
                .contains(username);
        assertThat(mvc.get().uri("/admin/users").with(administrator()))
                .bodyText()
                .doesNotContain(password);

        UUID id = jdbc.sql("SELECT id FROM access_user WHERE username = :username")
                .param("username", username)
                .query(UUID.class)
                .single();
        assertThat(mvc.get().uri("/admin/users/{id}", id).with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("LY010102")
                .contains("LY020801")
                .contains("Protection")
                .contains("Caseworker")
                .contains("id=\"reset-password\"");

        // Edit: the form comes filled in, and saving changes the roles.
        assertThat(mvc.get().uri("/admin/users/{id}/edit", id).with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Huda\"")
                .contains("LY010102, LY020801");
        assertThat(mvc.post()
                        .uri("/admin/users/{id}", id)
                        .with(administrator())
                        .with(csrf())
                        .param("displayName", "Huda A.")
                        .param("roles", "CASEWORKER", "VIEWER")
                        .param("preferredLanguage", "en")
                        .param("version", "0"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/admin/users/" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM access_user_role WHERE user_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);

        // Reset: a new one-time password, shown on the account's page.
        MvcTestResult reset = mvc.post()
                .uri("/admin/users/{id}/reset-password", id)
                .with(administrator())
                .with(csrf())
                .exchange();
        assertThat(reset).hasStatus(HttpStatus.FOUND);
        String newPassword = (String) reset.getMvcResult().getFlashMap().get("oneTimePassword");
        assertThat(newPassword).isNotBlank().isNotEqualTo(password);
        assertThat(mvc.get()
                        .uri("/admin/users/{id}", id)
                        .with(administrator())
                        .cookie(reset.getResponse().getCookies()))
                .bodyText()
                .contains("id=\"one-time-password\"")
                .contains(newPassword);
    }

    @Test
    void theFormShowsErrorsInTheUsersLanguageAndRefusesATakenUsername() {
        assertThat(mvc.post()
                        .uri("/admin/users?lang=ar")
                        .with(administrator())
                        .with(csrf())
                        .param("username", "No Way")
                        .param("displayName", ""))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("is-invalid")
                .contains("املأ هذا الحقل.");
        assertThat(mvc.post()
                        .uri("/admin/users?lang=en")
                        .with(administrator())
                        .with(csrf())
                        .param(
                                "username",
                                "admin-taken-" + UUID.randomUUID().toString().substring(0, 4))
                        .param("displayName", "First"))
                .hasStatus(HttpStatus.FOUND);
        String taken = jdbc.sql("SELECT username FROM access_user WHERE username LIKE 'admin-taken-%' LIMIT 1")
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/admin/users?lang=en")
                        .with(administrator())
                        .with(csrf())
                        .param("username", taken)
                        .param("displayName", "Second"))
                .hasStatusOk()
                .bodyText()
                .contains("Another account already uses this username.");
    }

    @Test
    void rolesOfficesAndOrganisationsHaveTheirPages() {
        assertThat(mvc.get().uri("/admin/roles").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"role-PROTECTION_CASEWORKER\"")
                .contains("Read restricted protection content");
        assertThat(mvc.get().uri("/admin/roles/new?lang=ar").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("الاطلاع على محتوى الحماية المقيد");
        String code = "PG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(mvc.post()
                        .uri("/admin/organisations")
                        .with(administrator())
                        .with(csrf())
                        .param("code", code)
                        .param("kind", "AUTHORITY")
                        .param("nameEn", "Municipality")
                        .param("nameAr", "البلدية"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/admin/organisations").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains(code);
        assertThat(mvc.get().uri("/admin/offices/new").with(administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("Municipality");
    }

    @Test
    void theAdministrationPagesAreRefusedWithoutAccessManage() {
        RequestPostProcessor caseworker = user("page-caseworker").authorities(() -> "people:read");
        for (String page : new String[] {
            "/admin/users", "/admin/users/new", "/admin/roles", "/admin/offices", "/admin/organisations"
        }) {
            assertThat(mvc.get().uri(page).with(caseworker))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyText()
                    .contains("id=\"problem-alert\"");
        }
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(caseworker)
                        .with(csrf())
                        .param("username", "not-created")
                        .param("displayName", "Nope"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
