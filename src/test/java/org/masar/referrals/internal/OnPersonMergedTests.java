package org.masar.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PersonId;
import org.masar.people.PersonMerged;
import org.masar.people.PersonUnmerged;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merged person's referrals move to the survivor, and exactly those move back when the merge is undone; a referral
 * made for the survivor meanwhile stays.
 */
@MasarIntegrationTest
class OnPersonMergedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void referralsFollowTheMergeAndComeBackWhenItIsUndone() {
        ReferralsTestSupport support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        User caseworker = support.user("CASEWORKER");
        User manager = support.user("PROGRAMME_MANAGER", null, null);
        UUID office = support.office(support.organisation("MISSION"));
        String unit = support.provider(manager, "office", office, "education");
        String merged = support.person(caseworker, "Merged");
        String survivor = support.person(caseworker, "Survivor");
        String moved = support.send(caseworker, ReferralsTestSupport.referral(merged, unit, "education", "normal"))
                .get("id")
                .asString();

        publish(new PersonMerged(id(merged), id(survivor)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(personOf(moved)).isEqualTo(survivor));
        String since = support.send(caseworker, ReferralsTestSupport.referral(survivor, unit, "education", "normal"))
                .get("id")
                .asString();

        publish(new PersonUnmerged(id(merged), id(survivor)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(personOf(moved)).isEqualTo(merged));
        assertThat(personOf(since)).isEqualTo(survivor);
        publish(new PersonUnmerged(id(merged), id(survivor)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM referrals_person_move WHERE merged = :m")
                                .param("m", UUID.fromString(merged))
                                .query(Long.class)
                                .single())
                        .isZero());
        assertThat(personOf(moved)).isEqualTo(merged);
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private String personOf(String referral) {
        return jdbc.sql("SELECT person_id::text FROM referrals_referral WHERE id = :id")
                .param("id", UUID.fromString(referral))
                .query(String.class)
                .single();
    }

    private static PersonId id(String person) {
        return new PersonId(UUID.fromString(person));
    }
}
