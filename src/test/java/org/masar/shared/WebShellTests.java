package org.masar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The shell every page shares: sign-in redirect, language switch and right-to-left Arabic, problem details. */
@MasarIntegrationTest
class WebShellTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("id=\"sign-in-form\"");
    }

    @Test
    void arabicTurnsThePageRightToLeftAndIsRemembered() {
        var arabic = mvc.get().uri("/login?lang=ar").exchange();
        assertThat(arabic)
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("lang=\"ar\"")
                .contains("bootstrap.rtl.min.css")
                .contains("تسجيل الدخول");
        assertThat(arabic).cookies().containsCookie("masar-lang");
        var cookie = arabic.getResponse().getCookie("masar-lang");
        assertThat(mvc.get().uri("/login").cookie(cookie)).bodyText().contains("dir=\"rtl\"");
        assertThat(mvc.get().uri("/login?lang=en"))
                .bodyText()
                .contains("dir=\"ltr\"")
                .contains("Sign in");
    }

    @Test
    void theApiAnswersUnauthenticatedCallsWithAProblem() {
        assertThat(mvc.get().uri("/api/v1/geo/regions").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unauthenticated");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/no-such-thing").with(user("someone").authorities(() -> "geo:read")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/not-found");
    }

    @Test
    void aMalformedParameterIsAValidationProblemNamingIt() {
        var auditor = user("auditor").authorities(() -> "audit:read");
        var answer = assertThat(mvc.get().uri("/api/v1/audit/entries?page=abc").with(auditor))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();
        answer.extractingPath("$.type").isEqualTo("/problems/validation");
        answer.extractingPath("$.errors[0].field").isEqualTo("page");
        assertThat(mvc.get().uri("/api/v1/audit/entries?outcome=MAYBE").with(auditor))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theDashboardShowsEachModuleFiguresOnlyToThoseWhoMaySeeThem() {
        assertThat(mvc.get().uri("/?lang=en").with(user("enumerator").authorities(() -> "geo:read")))
                .hasStatusOk()
                .bodyText()
                .contains("Baladiya in the gazetteer")
                .containsPattern(">\\s*100\\s*</div>\\s*<div[^>]*>Baladiya in the gazetteer")
                .doesNotContain("Refusals in the last 24 hours");
        assertThat(mvc.get().uri("/?lang=ar").with(user("auditor").authorities(() -> "audit:read")))
                .hasStatusOk()
                .bodyText()
                .contains("حالات الرفض خلال آخر 24 ساعة")
                .doesNotContain("البلديات في الدليل الجغرافي");
    }

    @Test
    void theApiDocsPageIsServedToAnyone() {
        assertThat(mvc.get().uri("/api/v1/docs")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/api/v1/swagger-ui/index.html")).hasStatusOk();
    }

    @Test
    void theOpenApiDocumentIsPublished() {
        assertThat(mvc.get().uri("/api/v1/openapi.json"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.openapi")
                .asString()
                .startsWith("3.");
    }
}
