package org.masar.approvals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalGranted;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalRejected;
import org.masar.approvals.ApprovalRequested;
import org.masar.approvals.ApprovalWithdrawn;
import org.masar.approvals.Approvals;
import org.masar.approvals.ApprovalsTestSupport;
import org.masar.approvals.ApprovalsTestSupport.User;
import org.masar.approvals.DuplicatePendingApproval;
import org.masar.approvals.NewApproval;
import org.masar.approvals.sample.ApprovalEvents;
import org.masar.approvals.sample.EchoHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four-eyes mechanism through its API, on the booted application: a {@code test.echo} command is recorded by a
 * maker through the face, as a module records it, and decided over HTTP by other users.
 */
@MasarIntegrationTest
class ApprovalsApiTests {

    private static final String ONE = "/api/v1/approvals/{id}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService details;

    @Autowired
    Approvals approvals;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EchoHandler echo;

    @Autowired
    ApprovalEvents events;

    ApprovalsTestSupport support;

    @BeforeEach
    void setUp() {
        support = new ApprovalsTestSupport(jdbc, encoder, mvc, json, details, approvals);
    }

    @Test
    void nothingHappensUntilASecondUserApprovesAndThenTheHandlerRunsOnceAsTheApprover() {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();

        Approval recorded = support.request(maker, subject, null, "{\"round\": 52}");
        assertThat(recorded.status().name()).isEqualTo("PENDING");
        assertThat(recorded.makerId()).isEqualTo(maker.id().toString());
        assertThat(echo.approvals(subject)).isZero();
        assertThat(support.audited(maker, "approvals.command.requested", "SUCCESS"))
                .isEqualTo(1);

        // The checker finds it in their queue; the maker finds it among their own, not in their queue.
        assertThat(ids(support.get(checker, "/api/v1/approvals?status=PENDING&size=200")))
                .contains(recorded.id().toString());
        assertThat(ids(support.get(maker, "/api/v1/approvals?status=PENDING&size=200")))
                .doesNotContain(recorded.id().toString());
        assertThat(ids(support.get(maker, "/api/v1/approvals?mine=true&status=PENDING")))
                .contains(recorded.id().toString());
        assertThat(support.get(checker, ONE, recorded.id()))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.payload.round", round -> assertThat(round).asNumber().isEqualTo(52))
                .hasPathSatisfying(
                        "$.status", status -> assertThat(status).asString().isEqualTo("PENDING"));

        MvcTestResult approved = support.post(checker, ONE + "/approval", "", recorded.id());
        assertThat(approved).hasStatusOk();
        JsonNode body = support.json(approved);
        assertThat(body.get("status").asString()).isEqualTo("APPROVED");
        assertThat(body.get("deciderId").asString()).isEqualTo(checker.id().toString());
        assertThat(echo.approvals(subject)).isEqualTo(1);
        assertThat(echo.approvedBy(subject)).isEqualTo(checker.id().toString());
        assertThat(echo.ranInTransaction(subject)).isTrue();
        assertThat(events.about(recorded.id()))
                .containsExactly(new ApprovalRequested(recorded.id()), new ApprovalGranted(recorded.id()));
        assertThat(support.audited(checker, "approvals.command.approved", "SUCCESS"))
                .isEqualTo(1);

        // Approving again is a conflict and runs nothing a second time.
        assertThat(support.post(checker, ONE + "/approval", "", recorded.id()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.not-pending");
        assertThat(echo.approvals(subject)).isEqualTo(1);
    }

    @Test
    void aSecondPendingCommandForTheSameThingIsRefused() {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        Approval first = support.request(maker, subject);
        assertThatThrownBy(() -> support.request(maker, subject))
                .isInstanceOf(DuplicatePendingApproval.class)
                .hasMessageContaining("approvals.duplicate-pending");
        // A module that asks inside its own transaction, and handles the refusal, may go on using that transaction.
        Long pending = support.as(
                maker,
                () -> new TransactionTemplate(transactions).execute(status -> {
                    assertThatThrownBy(() -> approvals.request(new NewApproval(
                                    EchoHandler.TYPE, subject, "again", ApprovalsTestSupport.PERMISSION, null, "{}")))
                            .isInstanceOf(DuplicatePendingApproval.class);
                    return jdbc.sql(
                                    "SELECT count(*) FROM approvals_command WHERE subject = :subject AND status = 'PENDING'")
                            .param("subject", subject)
                            .query(Long.class)
                            .single();
                }));
        assertThat(pending).isEqualTo(1);
        // Once the first is decided, the same thing may be asked again.
        assertThat(support.post(checker, ONE + "/rejection", "{\"reason\": \"figures incomplete\"}", first.id()))
                .hasStatusOk();
        assertThat(support.request(maker, subject).status().name()).isEqualTo("PENDING");
    }

    @Test
    void aRejectionNeedsAReasonAndNeverRunsTheCommand() {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id = support.request(maker, subject).id();

        for (String body : List.of("{}", "{\"reason\": \"   \"}", "{\"reason\": null}")) {
            assertThat(support.post(checker, ONE + "/rejection", body, id))
                    .as(body)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/validation");
        }
        assertThat(support.post(checker, ONE + "/rejection", "{\"reason\": \"" + "x".repeat(1001) + "\"}", id))
                .hasStatus(HttpStatus.BAD_REQUEST);
        // The face refuses a blank reason from any caller, not only from the API's validated body.
        assertThatThrownBy(() -> support.as(checker, () -> approvals.reject(id, " ")))
                .hasMessageContaining("approvals.reason-missing");
        assertThat(support.status(id)).isEqualTo("PENDING");

        MvcTestResult rejected = support.post(checker, ONE + "/rejection", "{\"reason\": \"Round not validated\"}", id);
        assertThat(rejected).hasStatusOk();
        assertThat(support.json(rejected).get("reason").asString()).isEqualTo("Round not validated");
        assertThat(support.json(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(echo.approvals(subject)).isZero();
        assertThat(echo.rejections(subject)).isEqualTo(1);
        assertThat(events.about(id)).containsExactly(new ApprovalRequested(id), new ApprovalRejected(id));
        assertThat(support.audited(checker, "approvals.command.rejected", "SUCCESS"))
                .isEqualTo(1);
        // Decided is final.
        assertThat(support.post(checker, ONE + "/approval", "", id)).hasStatus(HttpStatus.CONFLICT);
        assertThat(echo.approvals(subject)).isZero();
    }

    @Test
    void theMakerCannotDecideTheirOwnCommandWithAnySessionOrToken() {
        User maker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id = support.request(maker, subject).id();
        Cookie secondSession = support.anotherSession(maker);
        assertThat(secondSession.getValue()).isNotEqualTo(maker.session().getValue());
        String token = support.token(maker);

        List<MvcTestResult> attempts = List.of(
                support.post(maker, ONE + "/approval", "", id),
                support.post(secondSession, ONE + "/approval", "", id),
                support.postWithToken(token, ONE + "/approval", "", id),
                support.post(secondSession, ONE + "/rejection", "{\"reason\": \"no\"}", id),
                support.postWithToken(token, ONE + "/rejection", "{\"reason\": \"no\"}", id),
                // The page's form, with the page's CSRF token, is refused the same way.
                mvc.post()
                        .uri("/approvals/{id}/approve", id)
                        .cookie(maker.session())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .exchange());
        for (MvcTestResult attempt : attempts) {
            assertThat(attempt).hasStatus(HttpStatus.FORBIDDEN);
        }
        for (MvcTestResult attempt : attempts.subList(0, 5)) {
            assertThat(attempt).bodyJson().extractingPath("$.type").isEqualTo("/problems/approvals.own-command");
        }
        assertThat(attempts.get(5)).bodyText().contains("another user must decide it");

        assertThat(support.status(id)).isEqualTo("PENDING");
        assertThat(echo.approvals(subject)).isZero();
        assertThat(echo.rejections(subject)).isZero();
        // Each refusal is in the audit trail once, as the face recorded it (the trail's net does not add a second).
        assertThat(support.audited(maker, "approvals.command.approved", "DENIED"))
                .isEqualTo(4);
        assertThat(support.audited(maker, "approvals.command.rejected", "DENIED"))
                .isEqualTo(2);
        assertThat(support.audited(maker, "access.refused", "DENIED")).isZero();
        // The face itself refuses the maker too, whoever calls it.
        assertThatThrownBy(() -> support.as(maker, () -> approvals.approve(id)))
                .hasMessageContaining("approvals.own-command");
        assertThat(support.status(id)).isEqualTo("PENDING");
    }

    @Test
    void usersWithoutThePermissionOrOutsideTheBaladiyaNeitherSeeNorDecideIt() {
        List<String> baladiya = support.twoBaladiya();
        String here = baladiya.get(0);
        String elsewhere = baladiya.get(1);
        User maker = support.user("DTM_OFFICER", here);
        User enumerator = support.user("DTM_ENUMERATOR", here);
        User officerElsewhere = support.user("DTM_OFFICER", elsewhere);
        User officerHere = support.user("DTM_OFFICER", here);
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id = support.request(maker, subject, here, "{}").id();

        for (User outsider : List.of(enumerator, officerElsewhere)) {
            assertThat(support.get(outsider, ONE, id))
                    .hasStatus(HttpStatus.NOT_FOUND)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/approvals.not-found");
            assertThat(support.post(outsider, ONE + "/approval", "", id)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(support.post(outsider, ONE + "/rejection", "{\"reason\": \"no\"}", id))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(support.post(outsider, ONE + "/withdrawal", "", id)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(ids(support.get(outsider, "/api/v1/approvals?status=PENDING&size=200")))
                    .doesNotContain(id.toString());
        }
        assertThat(support.status(id)).isEqualTo("PENDING");
        assertThat(echo.approvals(subject)).isZero();

        assertThat(ids(support.get(officerHere, "/api/v1/approvals?status=PENDING&size=200")))
                .contains(id.toString());
        assertThat(support.post(officerHere, ONE + "/approval", "", id)).hasStatusOk();
        assertThat(echo.approvals(subject)).isEqualTo(1);
    }

    @Test
    void twoCheckersApprovingAtOnceMakeExactlyOneDecision() throws Exception {
        User maker = support.user("DTM_OFFICER");
        User first = support.user("DTM_OFFICER");
        User second = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id =
                support.request(maker, subject, null, "{\"hold\": true}").id();

        // The first approval waits inside its transaction, its decision saved but not committed; the second then
        // reads the command still pending and tries to save its own decision at the same time.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = echo.holdNext(release);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<MvcTestResult> one =
                CompletableFuture.supplyAsync(() -> support.post(first, ONE + "/approval", "", id), threads);
        await().atMost(Duration.ofSeconds(20)).until(() -> inside.getCount() == 0);
        CompletableFuture<MvcTestResult> other =
                CompletableFuture.supplyAsync(() -> support.post(second, ONE + "/approval", "", id), threads);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE%approvals_command%'
                        """).query(Long.class).single() > 0);
        release.countDown();

        MvcTestResult a = one.get();
        MvcTestResult b = other.get();
        threads.shutdown();
        assertThat(a).hasStatusOk();
        assertThat(b)
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.not-pending");
        assertThat(echo.approvals(subject)).isEqualTo(1);
        assertThat(echo.approvedBy(subject)).isEqualTo(first.id().toString());
        assertThat(support.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void aHandlerThatFailsLeavesTheCommandPendingAndTheProblemReachesTheChecker() {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id =
                support.request(maker, subject, null, "{\"fail\": true}").id();

        assertThat(support.post(checker, ONE + "/approval", "", id))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/conflict.stale");
        assertThat(support.status(id)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT decider IS NULL AND decided_at IS NULL FROM approvals_command WHERE id = :id")
                        .param("id", id.value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(echo.approvals(subject)).isZero();
        assertThat(support.audited(checker, "approvals.command.approved", "SUCCESS"))
                .isZero();
        assertThat(support.audited(checker, "approvals.command.approved", "FAILURE"))
                .isEqualTo(1);
        assertThat(events.about(id)).containsExactly(new ApprovalRequested(id));
    }

    @Test
    void onlyTheMakerWithdrawsAndOnlyWhilePending() {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        ApprovalId id = support.request(maker, subject).id();

        assertThat(support.post(checker, ONE + "/withdrawal", "", id))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.forbidden");
        assertThat(support.audited(checker, "approvals.command.withdrawn", "DENIED"))
                .isEqualTo(1);
        assertThat(support.status(id)).isEqualTo("PENDING");

        MvcTestResult withdrawn = support.post(maker, ONE + "/withdrawal", "", id);
        assertThat(withdrawn).hasStatusOk();
        assertThat(support.json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(support.json(withdrawn).get("deciderId").asString())
                .isEqualTo(maker.id().toString());
        assertThat(echo.withdrawals(subject)).isEqualTo(1);
        assertThat(events.about(id)).containsExactly(new ApprovalRequested(id), new ApprovalWithdrawn(id));
        assertThat(support.audited(maker, "approvals.command.withdrawn", "SUCCESS"))
                .isEqualTo(1);

        assertThat(support.post(checker, ONE + "/approval", "", id)).hasStatus(HttpStatus.CONFLICT);
        assertThat(support.post(maker, ONE + "/withdrawal", "", id)).hasStatus(HttpStatus.CONFLICT);
        assertThat(echo.approvals(subject)).isZero();
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        User checker = support.user("DTM_OFFICER");
        assertThat(support.get(checker, ONE, java.util.UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/approvals.not-found");
        assertThat(support.get(checker, ONE, "not-a-uuid")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.get(checker, "/api/v1/approvals?status=MAYBE")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private List<String> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        List<String> ids = new java.util.ArrayList<>();
        support.json(result).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
