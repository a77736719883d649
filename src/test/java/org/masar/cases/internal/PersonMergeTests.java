package org.masar.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.masar.cases.CasesTestSupport.TRIPOLI;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CasesTestSupport;
import org.masar.cases.CasesTestSupport.User;
import org.masar.people.PersonId;
import org.masar.people.PersonMerged;
import org.masar.people.PersonUnmerged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merged person's cases move to the survivor, and back when the merge is undone: exactly those moved (a case opened
 * for the survivor since stays), each event handled twice as the registry may redeliver it.
 */
@MasarIntegrationTest
class PersonMergeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CaseService service;

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void casesFollowAMergeAndComeBackWhenItIsUndoneEvenWhenEachEventArrivesTwice() {
        CasesTestSupport cases = new CasesTestSupport(jdbc, encoder, mvc, json);
        User caseworker = cases.user("PROTECTION_CASEWORKER", TRIPOLI);
        UUID office = cases.office();
        String merged = cases.person(caseworker, TRIPOLI);
        String survivor = cases.person(caseworker, TRIPOLI);
        String normal = cases.open(caseworker, "mrrm-assistance", merged, office)
                .get("id")
                .asString();
        String restricted =
                cases.open(caseworker, "gbv", merged, office).get("id").asString();
        String survivors = cases.open(caseworker, "mrrm-assistance", survivor, office)
                .get("id")
                .asString();
        PersonMerged merge = new PersonMerged(PersonId.parse(merged), PersonId.parse(survivor));

        handle(merge);
        handle(merge);
        assertThat(personOf(normal)).isEqualTo(survivor);
        assertThat(personOf(restricted)).isEqualTo(survivor);
        assertThat(personOf(survivors)).isEqualTo(survivor);
        assertThat(moves(normal)).isOne();

        PersonUnmerged undo = new PersonUnmerged(PersonId.parse(merged), PersonId.parse(survivor));
        handle(undo);
        handle(undo);
        assertThat(personOf(normal)).isEqualTo(merged);
        assertThat(personOf(restricted)).isEqualTo(merged);
        assertThat(personOf(survivors)).isEqualTo(survivor);
        assertThat(moves(normal)).isZero();
        assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}", restricted))
                        .get("history")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("person.unmerged");
    }

    @Test
    void aMergeThroughThePeopleModuleMovesTheCasesAndItsUndoingMovesThemBack() {
        CasesTestSupport cases = new CasesTestSupport(jdbc, encoder, mvc, json);
        User caseworker = cases.user("CASEWORKER", TRIPOLI);
        User supervisor = cases.user("PROGRAMME_MANAGER");
        UUID office = cases.office();
        String merged = cases.person(caseworker, TRIPOLI);
        String survivor = cases.person(caseworker, TRIPOLI);
        String id = cases.open(caseworker, "mrrm-assistance", merged, office)
                .get("id")
                .asString();

        assertThat(cases.post(supervisor, "/api/v1/people/{id}/merge", """
                        {"survivor": "%s"}
                        """.formatted(survivor), merged))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                                .get("person")
                                .asString())
                        .isEqualTo(survivor));
        assertThat(cases.post(supervisor, "/api/v1/people/{id}/unmerge", "{}", merged))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(cases.json(cases.get(caseworker, "/api/v1/cases/{id}", id))
                                .get("person")
                                .asString())
                        .isEqualTo(merged));
    }

    /** As the listener handles it: in its own transaction, as the system identity. */
    private void handle(Object event) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> system.run("test", () -> {
                    if (event instanceof PersonMerged merged) {
                        service.personMerged(merged.merged(), merged.survivor());
                    } else if (event instanceof PersonUnmerged unmerged) {
                        service.personUnmerged(unmerged.merged(), unmerged.survivor());
                    }
                }));
    }

    private String personOf(String caseId) {
        return inSystem("SELECT person_id::text FROM cases_case WHERE id = :id", caseId, String.class);
    }

    private long moves(String caseId) {
        return inSystem("SELECT count(*) FROM cases_merge_move WHERE case_id = :id", caseId, Long.class);
    }

    private <T> T inSystem(String sql, String caseId, Class<T> type) {
        return new TransactionTemplate(transactions)
                .execute(status -> system.run(
                        "test",
                        () -> jdbc.sql(sql)
                                .param("id", UUID.fromString(caseId))
                                .query(type)
                                .single()));
    }
}
