package org.masar.referrals.internal;

import org.masar.access.SystemIdentity;
import org.masar.people.PersonMerged;
import org.masar.people.PersonUnmerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A merged person's referrals follow them to the survivor, and come back when the merge is undone: exactly those that
 * were moved, remembered per merge. Both are idempotent (a redelivered event finds nothing left to move) and run as
 * the system identity, which row-level security lets see every referral, a restricted case's included. The referral's
 * version is not changed: an answer in flight is not made stale by it.
 */
@Component("referralsOnPersonMerged")
class OnPersonMerged {

    private final JdbcClient jdbc;
    private final SystemIdentity system;

    OnPersonMerged(JdbcClient jdbc, SystemIdentity system) {
        this.jdbc = jdbc;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(PersonMerged event) {
        system.run("referrals.person-merged", () -> {
            jdbc.sql("""
                            WITH moved AS (
                                UPDATE referrals_referral SET person_id = :survivor
                                 WHERE person_id = :merged
                                RETURNING id)
                            INSERT INTO referrals_person_move (merged, survivor, referral_id)
                            SELECT :merged, :survivor, id FROM moved
                            ON CONFLICT DO NOTHING
                            """)
                    .param("merged", event.merged().value())
                    .param("survivor", event.survivor().value())
                    .update();
        });
    }

    @ApplicationModuleListener
    void on(PersonUnmerged event) {
        system.run("referrals.person-unmerged", () -> {
            jdbc.sql("""
                            UPDATE referrals_referral r SET person_id = m.merged
                              FROM referrals_person_move m
                             WHERE m.referral_id = r.id AND m.merged = :merged AND m.survivor = :survivor
                               AND r.person_id = :survivor
                            """)
                    .param("merged", event.merged().value())
                    .param("survivor", event.survivor().value())
                    .update();
            jdbc.sql("DELETE FROM referrals_person_move WHERE merged = :merged AND survivor = :survivor")
                    .param("merged", event.merged().value())
                    .param("survivor", event.survivor().value())
                    .update();
        });
    }
}
