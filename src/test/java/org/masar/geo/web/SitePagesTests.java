package org.masar.geo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sites' pages: list with filters, create and edit forms with errors on the form, deactivation. */
@MasarIntegrationTest
class SitePagesTests {

    static final RequestPostProcessor MANAGER = user("geo-manager").authorities(() -> "geo:read", () -> "geo:manage");
    static final RequestPostProcessor READER = user("geo-reader").authorities(() -> "geo:read");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerCreatesASiteThroughTheFormAndFindsItInTheList() {
        String code = code();
        assertThat(mvc.get().uri("/geo/sites/new?lang=ar").with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("موقع جديد")
                .contains("<optgroup")
                .contains("مصراتة (LY021401)")
                .contains("نقطة إنزال");

        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("code", code)
                        .param("type", "DETENTION_CENTRE")
                        .param("nameEn", "Tajoura centre")
                        .param("nameAr", "مركز تاجوراء")
                        .param("baladiya", "LY021104")
                        .param("latitude", "32.8826")
                        .param("longitude", "13.3510")
                        .param("version", "0"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/geo/sites");

        assertThat(mvc.get().uri("/geo/sites?q={code}&lang=ar", code).with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains(code)
                .contains("مركز تاجوراء")
                .contains("مركز احتجاز")
                .contains("32.88260, 13.35100")
                .contains("id=\"new-site\"");
    }

    @Test
    void invalidFormsComeBackWithTheErrorsOnTheFormInArabicAndWriteNothing() {
        long before = sites();
        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .header("Accept-Language", "ar")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", "")
                        .param("type", "")
                        .param("nameEn", "Somewhere")
                        .param("nameAr", "")
                        .param("baladiya", "LY021401")
                        .param("latitude", "40")
                        .param("longitude", "")
                        .param("version", "0"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("is-invalid")
                .contains("أدخل رمزًا.")
                .doesNotContain("استخدم من 2 إلى 20")
                .contains("اختر أحد أنواع المواقع.")
                .contains("أدخل الاسم بالعربية.")
                .contains("يجب أن يقع خط العرض داخل ليبيا")
                .contains("أدخل خط العرض وخط الطول معًا")
                .contains("value=\"Somewhere\"");
        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .header("Accept-Language", "en")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", code())
                        .param("type", "OFFICE")
                        .param("nameEn", "Somewhere")
                        .param("nameAr", "مكان")
                        .param("baladiya", "LY021401")
                        .param("latitude", "north")
                        .param("longitude", "13"))
                .hasStatusOk()
                .bodyText()
                .contains("Enter the latitude as a decimal number.");
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void aTakenCodeIsShownOnTheCodeField() {
        String code = code();
        post(code, "OFFICE", "LY021401");
        long before = sites();
        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .header("Accept-Language", "en")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", code)
                        .param("type", "OFFICE")
                        .param("nameEn", "Second office")
                        .param("nameAr", "مكتب ثانٍ")
                        .param("baladiya", "LY021401"))
                .hasStatusOk()
                .bodyText()
                .contains("Another site already has this code");
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void aManagerEditsDeactivatesAndReactivatesASite() {
        String code = code();
        post(code, "SCHOOL", "LY010102");
        String id = jdbc.sql("SELECT id::text FROM geo_site WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .single();

        assertThat(mvc.get().uri("/geo/sites/{id}/edit?lang=ar", id).with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("value=\"" + code + "\"")
                .contains("name=\"version\" value=\"0\"");
        assertThat(mvc.post()
                        .uri("/geo/sites/{id}", id)
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", code)
                        .param("type", "SCHOOL")
                        .param("nameEn", "Derna school")
                        .param("nameAr", "مدرسة درنة")
                        .param("baladiya", "LY010102")
                        .param("version", "0"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT name_en FROM geo_site WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Derna school");

        // A second edit from the same, now stale, form is refused on the form.
        assertThat(mvc.post()
                        .uri("/geo/sites/{id}", id)
                        .header("Accept-Language", "en")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", code)
                        .param("type", "SCHOOL")
                        .param("nameEn", "Derna school 2")
                        .param("nameAr", "مدرسة درنة")
                        .param("baladiya", "LY010102")
                        .param("version", "0"))
                .hasStatusOk()
                .bodyText()
                .contains("Someone changed this in the meantime");

        assertThat(mvc.post()
                        .uri("/geo/sites/{id}/deactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(active(id)).isFalse();
        assertThat(mvc.get()
                        .uri("/geo/sites?q={code}&status=inactive&lang=ar", code)
                        .with(MANAGER))
                .bodyText()
                .contains("معطَّل")
                .contains("إعادة التفعيل");
        assertThat(mvc.post()
                        .uri("/geo/sites/{id}/reactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(active(id)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);
    }

    @Test
    void aSecondDeactivationIsRefusedWithAnAlertInTheUsersLanguage() {
        String code = code();
        post(code, "WAREHOUSE", "LY021401");
        String id = jdbc.sql("SELECT id::text FROM geo_site WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/geo/sites/{id}/deactivate", id)
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "geo.site.deactivated");
        var refused = mvc.post()
                .uri("/geo/sites/{id}/deactivate", id)
                .with(MANAGER)
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsEntry("problemCode", "geo.site-not-active");
        // The browser follows the redirect in the same session, where the flash waits.
        assertThat(mvc.get()
                        .uri("/geo/sites?status=inactive&q={code}&lang=ar", code)
                        .cookie(refused.getResponse().getCookie("SESSION"))
                        .with(MANAGER))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"problem-alert\"")
                .contains("هذا الموقع معطَّل بالفعل");
        assertThat(mvc.post()
                        .uri("/geo/sites/not-a-uuid/deactivate")
                        .with(MANAGER)
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReaderSeesTheListButNeitherTheFormsNorTheButtons() {
        String code = code();
        post(code, "WAREHOUSE", "LY021401");
        assertThat(mvc.get().uri("/geo/sites?q={code}", code).with(READER))
                .hasStatusOk()
                .bodyText()
                .contains(code)
                .doesNotContain("id=\"new-site\"")
                .doesNotContain("/deactivate");
        assertThat(mvc.get().uri("/geo/sites/new").with(READER)).hasStatus(HttpStatus.FORBIDDEN);
        long before = sites();
        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .with(READER)
                        .with(csrf())
                        .param("code", code())
                        .param("type", "OFFICE")
                        .param("nameEn", "Office")
                        .param("nameAr", "مكتب")
                        .param("baladiya", "LY021401"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void theListFiltersByAreaAndPages() {
        assertThat(mvc.get()
                        .uri("/geo/sites?area=LY0214&type=OFFICE&status=all&lang=ar")
                        .with(READER))
                .hasStatusOk()
                .bodyText()
                .contains("<option value=\"LY0214\" selected=\"selected\">")
                .contains("<option value=\"OFFICE\" selected=\"selected\">");
        assertThat(mvc.get().uri("/geo/sites?type=CASTLE").with(READER)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private void post(String code, String type, String baladiya) {
        assertThat(mvc.post()
                        .uri("/geo/sites")
                        .with(MANAGER)
                        .with(csrf())
                        .param("code", code)
                        .param("type", type)
                        .param("nameEn", "Site " + code)
                        .param("nameAr", "موقع")
                        .param("baladiya", baladiya))
                .hasStatus(HttpStatus.FOUND);
    }

    private boolean active(String id) {
        return jdbc.sql("SELECT active FROM geo_site WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private long sites() {
        return jdbc.sql("SELECT count(*) FROM geo_site").query(Long.class).single();
    }

    private static String code() {
        return "PG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
