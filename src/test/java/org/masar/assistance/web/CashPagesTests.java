package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.CashTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cash pages: a cash officer creates a cycle and a list, adds transfers and submits it through the forms, sees it
 * locked with the link to its approval; once approved, moves statuses and reads a provider's report's mismatches, in
 * English and Arabic; a reader sees no form and may not post one (audited).
 */
@MasarIntegrationTest
class CashPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    CashTestSupport cash;
    User officer;
    User checker;
    String salma;

    @BeforeEach
    void setUp() {
        cash = new CashTestSupport(jdbc, encoder, mvc, json);
        officer = cash.user("CASH_OFFICER");
        checker = cash.user("PROGRAMME_MANAGER");
        salma = cash.people.person(cash.user("CASEWORKER"), "Salma");
    }

    @Test
    void aCashOfficerDraftsSubmitsAndFollowsAPaymentListThroughThePages() {
        assertThat(page(officer, "/assistance/cash")).contains("cycle-form");
        MvcTestResult created = post(
                officer,
                "/assistance/cash/cycles",
                "name",
                "Rent support March",
                "programme",
                "SHELTER_NFI",
                "project",
                "SNFI-2026",
                "purpose",
                "rent",
                "startsOn",
                "2026-03-01",
                "endsOn",
                "2026-03-31",
                "baladiya",
                CashTestSupport.TRIPOLI);
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String cyclePage = created.getResponse().getRedirectedUrl();
        assertThat(cyclePage).startsWith("/assistance/cash/cycles/");
        assertThat(page(officer, "/assistance/cash")).contains("Rent support March");

        MvcTestResult list = post(officer, cyclePage + "/lists", "name", "First list");
        assertThat(list).hasStatus(HttpStatus.FOUND);
        String listPage = list.getResponse().getRedirectedUrl();
        assertThat(listPage).startsWith("/assistance/cash/lists/");
        assertThat(page(officer, cyclePage)).contains("First list");

        assertThat(post(
                        officer,
                        listPage + "/transfers",
                        "person",
                        salma,
                        "amount",
                        "250.75",
                        "currency",
                        "LYD",
                        "purpose",
                        "rent",
                        "mechanism",
                        "voucher",
                        "vendor",
                        ""))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "validation");
        assertThat(post(
                        officer,
                        listPage + "/transfers",
                        "person",
                        salma,
                        "amount",
                        "250.75",
                        "currency",
                        "LYD",
                        "purpose",
                        "rent",
                        "mechanism",
                        "mobile-money"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "assistance.cash.saved");
        assertThat(post(officer, listPage + "/transfers", "person", salma, "amount", "10", "mechanism", "cash-in-hand"))
                .flash()
                .containsEntry("problemCode", "assistance.paid-twice");
        // People a filter finds: a nationality no other test gives, so that it finds Nadia only.
        String nadia = cash.people.person(cash.user("CASEWORKER"), "Nadia");
        jdbc.sql("UPDATE people_person SET nationality = 'FRO' WHERE id = :id")
                .param("id", java.util.UUID.fromString(nadia))
                .update();
        MvcTestResult fromPeople = post(
                officer,
                listPage + "/from-people",
                "nationality",
                "fro",
                "amount",
                "50",
                "currency",
                "LYD",
                "mechanism",
                "cash-in-hand");
        assertThat(fromPeople)
                .flash()
                .containsEntry("flash", "assistance.cash.saved")
                .containsEntry("addedCount", 1)
                .containsEntry("skippedCount", 0);
        assertThat(page(officer, listPage))
                .contains("Nadia")
                .contains("LYD 300.75")
                .contains("from-people-form")
                .contains("Salma")
                .contains("LYD 250.75")
                .contains("submit-form")
                .contains("transfer-form");

        assertThat(post(officer, listPage + "/submit")).hasStatus(HttpStatus.FOUND);
        String pending = page(officer, listPage);
        assertThat(pending).contains("list-locked").contains("approval-link").doesNotContain("transfer-form");
        String listId = listPage.substring(listPage.lastIndexOf('/') + 1);
        String approval = cash.json(cash.get(officer, CashTestSupport.CASH + "/lists/" + listId))
                .get("approval")
                .asString();
        assertThat(cash.approve(checker, approval)).hasStatusOk();

        String approved = page(officer, listPage);
        assertThat(approved).contains("reconcile-form").contains("status-form").contains(checker.username());
        String transfer = cash.json(cash.get(officer, CashTestSupport.CASH + "/lists/" + listId + "/transfers"))
                .get(0)
                .get("id")
                .asString();
        String reference = cash.json(cash.get(officer, CashTestSupport.CASH + "/lists/" + listId + "/transfers"))
                .get(0)
                .get("reference")
                .asString();
        assertThat(post(officer, listPage + "/transfers/" + transfer + "/status", "status", "sent"))
                .flash()
                .containsEntry("flash", "assistance.cash.saved");
        assertThat(post(officer, listPage + "/transfers/" + transfer + "/status", "status", "sent"))
                .flash()
                .containsEntry("problemCode", "assistance.transfer-transition-refused");
        assertThat(cash.transferStatus(transfer)).isEqualTo("sent");

        byte[] report = ("reference,amount,currency,status,date\n" + reference + ",200,LYD,paid,"
                        + CashTestSupport.today() + "\nTR-999999,5,LYD,paid," + CashTestSupport.today() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        MvcTestResult read = mvc.post()
                .uri(listPage + "/reconciliation")
                .multipart()
                .file(new MockMultipartFile("file", "report.csv", "text/csv", report))
                .param("lang", "ar")
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(read).hasStatusOk();
        assertThat(new String(read.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("dir=\"rtl\"")
                .contains("data-kind=\"amount-differs\"")
                .contains("data-kind=\"not-in-list\"")
                .contains("المبلغ مختلف")
                .contains("ليس في هذه القائمة");
        assertThat(cash.transferStatus(transfer)).isEqualTo("sent");
    }

    @Test
    void aReaderSeesTheListsButNoFormAndMayNotPost() {
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        cash.added(officer, list, salma, "99");
        User reader = cash.user("ME_OFFICER");
        assertThat(page(reader, "/assistance/cash?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("النقد والقسائم")
                .doesNotContain("cycle-form");
        assertThat(page(reader, "/assistance/cash/cycles/" + cycle)).doesNotContain("list-form");
        assertThat(page(reader, "/assistance/cash/lists/" + list))
                .contains("Salma")
                .doesNotContain("transfer-form")
                .doesNotContain("submit-form");
        assertThat(post(reader, "/assistance/cash/lists/" + list + "/submit")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cash.refusals(reader)).isOne();
        assertThat(cash.json(cash.get(officer, CashTestSupport.CASH + "/lists/" + list))
                        .get("status")
                        .asString())
                .isEqualTo("draft");
    }

    private MvcTestResult post(User user, String uri, String... params) {
        var request = mvc.post().uri(uri).cookie(user.session()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
