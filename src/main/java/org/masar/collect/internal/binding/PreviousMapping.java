package org.masar.collect.internal.binding;

import java.util.Optional;
import org.masar.collect.internal.SubmissionBindings.Stored;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an edited submission's record already became in a target: the latest earlier version of the same record
 * (sharing its {@code record_id}) that was mapped, so that an edit updates that record rather than making a second.
 */
@Component
class PreviousMapping {

    private final JdbcClient jdbc;

    PreviousMapping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ref an earlier version of the submission's record was mapped to in this target, if any. */
    Optional<String> of(Stored submission, String target) {
        if (submission.deprecatedId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT earlier.mapping_ref
                          FROM collect_submission this
                          JOIN collect_submission earlier
                            ON earlier.record_id = this.record_id AND earlier.id <> this.id
                         WHERE this.id = :id AND earlier.mapping_state = 'mapped' AND earlier.mapping_target = :target
                         ORDER BY earlier.received_at DESC, earlier.id
                         LIMIT 1
                        """)
                .param("id", submission.submissionId())
                .param("target", target)
                .query(String.class)
                .optional();
    }
}
