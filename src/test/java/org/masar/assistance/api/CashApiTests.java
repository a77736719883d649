package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.assistance.CashTestSupport.CASH;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.UniqueLetters;
import org.masar.assistance.CashTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cash through the API: a payment list approved by someone other than its maker (the maker refused), locked while
 * pending; nobody paid twice in a cycle, concurrently included and through a household; the transitions of a
 * transfer's status allowed and refused; a collected transfer a cash service on the person's timeline; refusals
 * audited and nothing written.
 */
@MasarIntegrationTest
class CashApiTests {

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
    User caseworker;
    String salma;
    String omar;

    @BeforeEach
    void setUp() {
        cash = new CashTestSupport(jdbc, encoder, mvc, json);
        officer = cash.user("CASH_OFFICER");
        checker = cash.user("PROGRAMME_MANAGER");
        caseworker = cash.user("CASEWORKER");
        salma = cash.people.person(caseworker, "Salma");
        omar = cash.people.person(caseworker, "Omar");
    }

    @Test
    void theMakerCannotApproveTheirOwnListAnotherUserDoesAndItsTransfersAreApproved() {
        // The maker holds the checker's permission too: approvals still refuses them.
        User maker = cash.user("CASH_OFFICER", "PROGRAMME_MANAGER");
        String cycle = cash.cycle(maker);
        String list = cash.list(maker, cycle);
        String first = cash.added(maker, list, salma, "150.50").get("id").asString();
        JsonNode second = cash.added(maker, list, omar, "200");
        assertThat(second.get("currency").asString()).isEqualTo("LYD");
        assertThat(second.get("purpose").asString()).isEqualTo("rent");
        assertThat(second.get("reference").asString()).startsWith("TR-");
        assertThat(second.get("status").asString()).isEqualTo("draft");

        String approval = cash.submit(maker, list);
        JsonNode pending = cash.json(cash.get(maker, CASH + "/lists/" + list));
        assertThat(pending.get("status").asString()).isEqualTo("pending");
        assertThat(pending.get("totals").get(0).get("amount").decimalValue()).isEqualByComparingTo("350.50");

        // Locked while pending: nothing added, nothing removed.
        User other = cash.user("CASEWORKER");
        String third = cash.people.person(other, "Huda");
        assertThat(cash.add(maker, list, third, "10"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.payment-list-locked");
        assertThat(
                        mvc.delete()
                                .uri(CASH + "/lists/" + list + "/transfers/" + first)
                                .cookie(maker.session())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .accept("application/json")
                                .exchange())
                .hasStatus(HttpStatus.CONFLICT);

        // The checker's page of the request leads to the list.
        assertThat(mvc.get()
                        .uri("/approvals/" + approval + "?lang=en")
                        .cookie(checker.session())
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("/assistance/cash/lists/" + list);

        assertThat(cash.approve(maker, approval))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.own-command");
        assertThat(cash.transferStatus(first)).isEqualTo("draft");

        assertThat(cash.approve(checker, approval)).hasStatusOk();
        assertThat(cash.transferStatus(first)).isEqualTo("approved");
        JsonNode approved = cash.json(cash.get(maker, CASH + "/lists/" + list));
        assertThat(approved.get("status").asString()).isEqualTo("approved");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(checker.username());
        assertThat(cash.audited(checker, "assistance.cash.list-approved", "SUCCESS"))
                .isOne();
        assertThat(cash.audited(maker, "assistance.cash.list-submitted", "SUCCESS"))
                .isOne();
    }

    @Test
    void aRejectedListIsADraftAgainAndAnEmptyListIsNotSubmitted() {
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        assertThat(cash.post(officer, CASH + "/lists/" + list + "/submission", "{}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.payment-list-empty");
        cash.added(officer, list, salma, "100");
        String approval = cash.submit(officer, list);
        assertThat(cash.post(checker, "/api/v1/approvals/" + approval + "/rejection", "{\"reason\": \"Wrong amount\"}"))
                .hasStatusOk();
        assertThat(cash.json(cash.get(officer, CASH + "/lists/" + list))
                        .get("status")
                        .asString())
                .isEqualTo("draft");
        // A draft again: it changes, and is submitted anew.
        cash.added(officer, list, omar, "100");
        String again = cash.submit(officer, list);
        assertThat(again).isNotEqualTo(approval);
        assertThat(cash.approve(checker, again)).hasStatusOk();
    }

    @Test
    void aListChangedBehindItsLockIsNotApprovedAsItWas() {
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        String transfer = cash.added(officer, list, salma, "100").get("id").asString();
        String approval = cash.submit(officer, list);
        // Nothing the API offers changes a pending list; were it changed behind the lock, the version tells.
        jdbc.sql("UPDATE assistance_payment_list SET version = version + 1 WHERE id = :id")
                .param("id", UUID.fromString(list))
                .update();
        assertThat(cash.approve(checker, approval))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.payment-list-changed");
        assertThat(cash.transferStatus(transfer)).isEqualTo("draft");
        assertThat(cash.json(cash.get(checker, "/api/v1/approvals/" + approval))
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");
    }

    @Test
    void peopleAFilterFindsAreAddedLeavingOutThosePaidAlready() {
        String token = "Qazwyx" + UniqueLetters.of(4);
        String first = cash.people.person(caseworker, token);
        String second = cash.people.person(caseworker, token);
        String third = cash.people.person(caseworker, token);
        // A nationality no other test gives, so that the filter finds these three only.
        for (String person : List.of(first, second, third)) {
            jdbc.sql("UPDATE people_person SET nationality = 'ISL' WHERE id = :id")
                    .param("id", UUID.fromString(person))
                    .update();
        }
        String cycle = cash.cycle(officer);
        cash.added(officer, cash.list(officer, cycle), first, "100");
        String list = cash.list(officer, cycle);
        assertThat(cash.post(officer, CASH + "/lists/" + list + "/transfers/from-people", """
                        {"amount": 100, "mechanism": "prepaid-card"}
                        """))
                .hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode added = cash.json(cash.post(
                officer, CASH + "/lists/" + list + "/transfers/from-people", """
                {"nationality": "ISL", "baladiya": "%s", "amount": 100, "mechanism": "prepaid-card"}
                """.formatted(CashTestSupport.TRIPOLI)));
        assertThat(added.get("added").asInt()).as(added::toString).isEqualTo(2);
        assertThat(added.get("skipped").get(0).asString()).isEqualTo(first);
        String transfers = cash.json(cash.get(officer, CASH + "/lists/" + list + "/transfers"))
                .toString();
        assertThat(transfers).contains(second).contains(third).doesNotContain(first);
        assertThat(cash.audited(officer, "assistance.cash.transfers-added-from-people", "SUCCESS"))
                .isOne();
    }

    @Test
    void nobodyIsPaidTwiceInOneCycleNorThroughTheirHousehold() {
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        String otherList = cash.list(officer, cycle);
        cash.added(officer, list, salma, "100");
        long before = cash.transfers();
        assertThat(cash.add(officer, otherList, salma, "50"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.paid-twice");
        assertThat(cash.add(officer, list, salma, "50")).hasStatus(HttpStatus.CONFLICT);
        assertThat(cash.transfers()).isEqualTo(before);
        // Another cycle pays her again.
        String nextCycle = cash.cycle(officer);
        cash.added(officer, cash.list(officer, nextCycle), salma, "100");

        // Omar heads a household with Amal; the household is paid through Omar: Amal cannot be paid on her own.
        String amal = cash.people.person(caseworker, "Amal");
        String household = cash.json(
                        cash.post(caseworker, "/api/v1/people/households", "{\"head\": \"%s\"}".formatted(omar)))
                .get("id")
                .asString();
        assertThat(cash.post(
                        caseworker,
                        "/api/v1/people/households/" + household + "/members",
                        "{\"person\": \"%s\", \"relationship\": \"spouse\"}".formatted(amal)))
                .hasStatusOk();
        JsonNode forHousehold =
                cash.json(cash.post(officer, CASH + "/lists/" + list + "/transfers", """
                {"person": "%s", "household": "%s", "amount": 300, "mechanism": "voucher", "vendor": "Souq Al Juma"}
                """.formatted(omar, household)));
        assertThat(forHousehold.get("household").asString()).isEqualTo(household);
        assertThat(cash.add(officer, otherList, amal, "100"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.paid-twice");
        // Nor through the household a second time, whoever collects it.
        assertThat(cash.post(officer, CASH + "/lists/" + otherList + "/transfers", """
                        {"person": "%s", "household": "%s", "amount": 300, "mechanism": "cash-in-hand"}
                        """.formatted(amal, household)))
                .hasStatus(HttpStatus.CONFLICT);
        // Removed from the draft, the household's cover goes with it: Amal may then be paid.
        mvc.delete()
                .uri(CASH + "/lists/" + list + "/transfers/"
                        + forHousehold.get("id").asString())
                .cookie(officer.session())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .accept("application/json")
                .exchange();
        assertThat(cash.add(officer, otherList, amal, "100")).hasStatus(HttpStatus.CREATED);
        // A voucher names its vendor; only a voucher does.
        assertThat(cash.post(officer, CASH + "/lists/" + otherList + "/transfers", """
                        {"person": "%s", "amount": 10, "mechanism": "voucher", "currency": "XXQ"}
                        """.formatted(omar)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("vendor", "currency");
    }

    @Test
    void concurrentAttemptsToPayThePersonInOneCyclePayOnce() throws Exception {
        String cycle = cash.cycle(officer);
        int threads = 6;
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            lists.add(cash.list(officer, cycle));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String list : lists) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cash.add(officer, list, salma, "100").getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_transfer WHERE cycle_id = :cycle")
                        .param("cycle", UUID.fromString(cycle))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void statusesMoveOnlyAsTheTransitionsAllowAndCollectedIsAServiceOnTheTimeline() {
        String cycle = cash.cycle(officer);
        String list = cash.list(officer, cycle);
        String transfer = cash.added(officer, list, salma, "120.25").get("id").asString();
        String other = cash.added(officer, list, omar, "80").get("id").asString();
        // A draft is approved only through the list's approval.
        assertThat(cash.status(officer, transfer, "approved", null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("A transfer cannot go from draft to approved.");
        assertThat(cash.approve(checker, cash.submit(officer, list))).hasStatusOk();

        assertThat(cash.status(officer, transfer, "collected", null))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.transfer-transition-refused");
        assertThat(cash.status(officer, transfer, "teleported", null)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cash.status(officer, transfer, "sent", null)).hasStatusOk();
        assertThat(cash.status(officer, transfer, "failed", null))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        assertThat(cash.transferStatus(transfer)).isEqualTo("sent");

        JsonNode collected = cash.json(cash.status(officer, transfer, "collected", null));
        assertThat(collected.get("status").asString()).isEqualTo("collected");
        String service = collected.get("service").asString();
        var row = jdbc.sql("""
                        SELECT service_type, quantity, unit, source, source_id, person_sex, person_age_band,
                               programme, project, baladiya_pcode
                          FROM assistance_service WHERE id = :id
                        """).param("id", UUID.fromString(service)).query().singleRow();
        assertThat(row.get("service_type")).isEqualTo("cash");
        assertThat(new java.math.BigDecimal(row.get("quantity").toString())).isEqualByComparingTo("120.25");
        assertThat(row.get("unit")).isEqualTo("LYD");
        assertThat(row.get("source")).isEqualTo("cash-cycle");
        assertThat(row.get("source_id").toString()).isEqualTo(cycle);
        assertThat(row.get("person_sex")).isEqualTo("F");
        assertThat(row.get("person_age_band")).isEqualTo("FROM_18_TO_59");
        assertThat(row.get("programme")).isEqualTo("SHELTER_NFI");
        assertThat(row.get("baladiya_pcode")).isEqualTo(CashTestSupport.TRIPOLI);
        assertThat(cash.json(cash.get(caseworker, "/api/v1/people/{id}/timeline", salma))
                        .toString())
                .contains(service);
        // Collected is final.
        assertThat(cash.status(officer, transfer, "cancelled", "Too late"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("A transfer cannot go from collected to cancelled.");

        // Approved → cancelled with a reason frees the person for another list of the cycle.
        assertThat(cash.status(officer, other, "cancelled", "Left Tripoli")).hasStatusOk();
        JsonNode cancelled = cash.json(cash.get(officer, CASH + "/lists/" + list + "/transfers"));
        assertThat(cancelled.toString()).contains("Left Tripoli");
        assertThat(cash.add(officer, cash.list(officer, cycle), omar, "80")).hasStatus(HttpStatus.CREATED);
        assertThat(cash.audited(officer, "assistance.cash.transfer-collected", "SUCCESS"))
                .isOne();
    }

    @Test
    void refusalsAreAuditedAndWriteNothing() {
        String cycle = cash.cycle(officer);
        long cycles = jdbc.sql("SELECT count(*) FROM assistance_cash_cycle")
                .query(Long.class)
                .single();
        User reader = cash.user("ME_OFFICER");
        assertThat(cash.post(reader, CASH + "/cycles", "{}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(cash.refusals(reader)).isOne();
        // Another baladiya's officer neither reads nor writes the cycle.
        User misrata = cash.scoped("LY021203", "CASH_OFFICER");
        assertThat(cash.get(misrata, CASH + "/cycles/" + cycle))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.cash-out-of-scope");
        assertThat(cash.post(misrata, CASH + "/cycles/" + cycle + "/lists", "{}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cash.json(cash.get(misrata, CASH + "/cycles")).toString()).doesNotContain(cycle);
        assertThat(cash.refusals(misrata)).isEqualTo(2);
        // A cycle outside the officer's own baladiya, or with bad fields, is refused whole.
        assertThat(cash.post(officer, CASH + "/cycles", """
                        {"name": "Elsewhere", "programme": "SHELTER_NFI", "purpose": "rent", "startsOn": "2026-01-01",
                         "endsOn": "2026-02-01", "baladiya": "LY021203"}
                        """)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cash.post(officer, CASH + "/cycles", """
                        {"name": " ", "programme": "NONE", "purpose": "holiday", "startsOn": "2026-03-01",
                         "endsOn": "2026-02-01", "baladiya": "LY999999"}
                        """))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("name", "programme", "purpose", "endsOn", "baladiya");
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_cash_cycle")
                        .query(Long.class)
                        .single())
                .isEqualTo(cycles);
        // A person outside the officer's scopes is not paid.
        String far = cash.people.person(caseworker, "Far");
        jdbc.sql("UPDATE people_person SET baladiya_pcode = 'LY021203' WHERE id = :id")
                .param("id", UUID.fromString(far))
                .update();
        long before = cash.transfers();
        assertThat(cash.add(officer, cash.list(officer, cycle), far, "10")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cash.transfers()).isEqualTo(before);
    }
}
