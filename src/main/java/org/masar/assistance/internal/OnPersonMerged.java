package org.masar.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.masar.access.SystemIdentity;
import org.masar.people.PersonMerged;
import org.masar.people.PersonUnmerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person merged into another keeps the services they received under the survivor, so that the ledger counts one
 * person; an undone merge takes back exactly the services it moved (a service recorded for the survivor since stays).
 * Runs after the merge committed, in its own transaction, as the system identity; a second delivery finds nothing
 * left to move. Hand-overs, lists, transfers and samples keep the person as recorded.
 */
@Component("assistanceOnPersonMerged")
class OnPersonMerged {

    private final JdbcClient jdbc;
    private final SystemIdentity system;
    private final Clock clock;

    OnPersonMerged(JdbcClient jdbc, SystemIdentity system, Clock clock) {
        this.jdbc = jdbc;
        this.system = system;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonMerged event) {
        system.run(
                "assistance.person-merged",
                () -> jdbc.sql("""
                        WITH moved AS (
                            UPDATE assistance_service SET person_id = :survivor WHERE person_id = :merged RETURNING id)
                        INSERT INTO assistance_service_merge_move (service_id, merged_person, survivor, moved_at)
                        SELECT id, :merged, :survivor, :now FROM moved
                        ON CONFLICT DO NOTHING
                        """)
                        .param("merged", event.merged().value())
                        .param("survivor", event.survivor().value())
                        .param("now", Timestamp.from(clock.instant()))
                        .update());
    }

    @ApplicationModuleListener
    void on(PersonUnmerged event) {
        system.run(
                "assistance.person-unmerged",
                () -> jdbc.sql("""
                        WITH back AS (
                            DELETE FROM assistance_service_merge_move
                             WHERE merged_person = :merged AND survivor = :survivor RETURNING service_id)
                        UPDATE assistance_service s SET person_id = :merged
                          FROM back WHERE s.id = back.service_id AND s.person_id = :survivor
                        """)
                        .param("merged", event.merged().value())
                        .param("survivor", event.survivor().value())
                        .update());
    }
}
