package org.masar.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseListTestCases;
import org.masar.cases.CaseListTestCases.Case;
import org.masar.cases.CaseListTestCases.Scope;
import org.masar.cases.CaseListTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy of V35 ({@code supervision_chain_read}), read with raw SQL as the application role: it lets a case's
 * assignee and the assignee's supervisors up the chain read a restricted case, as the restricted-record rule does, and
 * nobody else (a peer, a stranger, a subordinate, nobody named); and PostgreSQL asks its cheap test before the
 * per-row function, which is what makes the lists fast.
 */
@MasarIntegrationTest
class CaseListRowSecurityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SystemIdentity system;

    CaseListTestCases support;
    User head;
    User supervisor;
    User amina;
    User peer;
    User stranger;
    Case restricted;

    @BeforeEach
    void setUp() {
        support = new CaseListTestCases(jdbc, transactions, system, encoder, mvc);
        UUID office = support.office("Zawiya office", "مكتب الزاوية");
        head = support.user("CASE_SUPERVISOR", Scope.of(office), null);
        supervisor = support.user("CASE_SUPERVISOR", Scope.of(office), head);
        amina = support.user("CASEWORKER", Scope.of(office), supervisor);
        peer = support.user("CASEWORKER", Scope.of(office), supervisor);
        stranger = support.user("PROTECTION_CASEWORKER", Scope.of(office), null);
        UUID person = support.person("سلمى", "القماطي", "Salma", "Gmati");
        restricted = support.open(CaseListTestCases.of("child-protection", person, office, amina));
        support.flag(restricted, "Do not contact the family", false);
    }

    @Test
    void onlyTheAssigneeAndTheirSupervisorsUpTheChainReadARestrictedCase() {
        assertThat(visible(amina.id())).isEqualTo(List.of(1L, 1L));
        assertThat(visible(supervisor.id())).isEqualTo(List.of(1L, 1L));
        assertThat(visible(head.id())).isEqualTo(List.of(1L, 1L));
        assertThat(visible(peer.id())).isEqualTo(List.of(0L, 0L));
        assertThat(visible(stranger.id())).isEqualTo(List.of(0L, 0L));
        assertThat(visible(null)).isEqualTo(List.of(0L, 0L));
        // A subordinate does not read their supervisor's restricted case.
        Case supervisors = support.open(CaseListTestCases.of(
                "gbv",
                support.person("هدى", "الككلي", "Huda", "Kikli"),
                support.office("Gharyan office", "مكتب غريان"),
                supervisor));
        assertThat(count(amina.id(), supervisors)).isZero();
        assertThat(count(head.id(), supervisors)).isOne();
    }

    @Test
    void theSetOfUsersAnsweredForEndsOnALoopInTheChain() {
        User one = support.user("CASEWORKER", Scope.of(), null);
        User two = support.user("CASEWORKER", Scope.of(), one);
        jdbc.sql("UPDATE access_user SET supervisor_id = :two WHERE id = :one")
                .param("two", two.id())
                .param("one", one.id())
                .update();
        List<UUID> answered = as(
                one.id(),
                () -> jdbc.sql("SELECT unnest(cases_answered_for())")
                        .query(UUID.class)
                        .list());
        assertThat(answered).containsExactlyInAnyOrder(one.id(), two.id());
    }

    @Test
    void theCheapTestIsAskedBeforeThePerRowFunction() {
        String plan = String.join(
                "\n",
                as(
                        amina.id(),
                        () -> jdbc.sql("EXPLAIN SELECT id FROM cases_case WHERE case_number = :number")
                                .param("number", restricted.number())
                                .query(String.class)
                                .list()));
        assertThat(plan).contains("access_may_read(");
        assertThat(plan.indexOf("assigned_to = ANY")).isNotNegative().isLessThan(plan.indexOf("access_may_read("));
    }

    /** How many rows of the restricted case, and of its flags, the user reads with raw SQL. */
    private List<Long> visible(@Nullable UUID user) {
        return as(
                user,
                () -> List.of(
                        jdbc.sql("SELECT count(*) FROM cases_case WHERE id = :id")
                                .param("id", restricted.id())
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT count(*) FROM cases_flag WHERE case_id = :id")
                                .param("id", restricted.id())
                                .query(Long.class)
                                .single()));
    }

    private long count(UUID user, Case c) {
        return as(
                user,
                () -> jdbc.sql("SELECT count(*) FROM cases_case WHERE id = :id")
                        .param("id", c.id())
                        .query(Long.class)
                        .single());
    }

    private <T> T as(@Nullable UUID user, java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                    .param("id", user == null ? "" : user.toString())
                    .query()
                    .singleValue();
            return work.get();
        });
    }
}
