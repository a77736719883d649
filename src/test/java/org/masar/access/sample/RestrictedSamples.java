package org.masar.access.sample;

import java.time.Instant;
import java.util.UUID;
import org.masar.access.RecordRef;
import org.masar.access.RestrictedRecordDenied;
import org.masar.access.RestrictedRecords;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module face over a restricted table, as later modules write one: {@link RestrictedRecords} answers 404, 403 and
 * the audit before each read, and row-level security refuses underneath. Any signed-in user may use it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RestrictedSamples {

    /** The record type the rule, the registry and the policies know samples by. */
    public static final String RECORD_TYPE = "access.restricted-sample";

    private final JdbcClient jdbc;
    private final RestrictedRecords restricted;
    private final AuditTrail audit;

    RestrictedSamples(JdbcClient jdbc, RestrictedRecords restricted, AuditTrail audit) {
        this.jdbc = jdbc;
        this.restricted = restricted;
        this.audit = audit;
    }

    public static RecordRef ref(UUID id) {
        return new RecordRef(RECORD_TYPE, id);
    }

    @Transactional
    public RestrictedSample create(String title, Sensitivity sensitivity, UserId assignedTo) {
        restricted.checkAssignment(assignedTo);
        UUID id = UUID.randomUUID();
        // No RETURNING: the inserting user may not be one the read policy lets see the new row.
        jdbc.sql("""
                        INSERT INTO access_restricted_sample (id, title, sensitivity, assigned_to, created_by,
                                                              updated_by)
                        VALUES (:id, :title, :sensitivity, :assignedTo, :actor, :actor)
                        """)
                .param("id", id)
                .param("title", title.strip())
                .param("sensitivity", sensitivity.name())
                .param("assignedTo", assignedTo.value())
                .param(
                        "actor",
                        SecurityContextHolder.getContext().getAuthentication().getName())
                .update();
        audit.record(AuditEvent.of("access.restricted-sample.created", RECORD_TYPE, id.toString())
                .with("sensitivity", sensitivity));
        return new RestrictedSample(id, title.strip(), sensitivity, assignedTo, Instant.now(), 0);
    }

    @Transactional(readOnly = true)
    public RestrictedSample get(UUID id) {
        RecordRef ref = ref(id);
        restricted.checkRead(ref);
        return jdbc.sql("""
                        SELECT id, title, sensitivity, assigned_to, created_at, version
                          FROM access_restricted_sample WHERE id = :id
                        """)
                .param("id", id)
                .query((row, number) -> new RestrictedSample(
                        row.getObject("id", UUID.class),
                        row.getString("title"),
                        Sensitivity.valueOf(row.getString("sensitivity")),
                        row.getObject("assigned_to", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("assigned_to", UUID.class)),
                        row.getTimestamp("created_at").toInstant(),
                        row.getInt("version")))
                .optional()
                // The face allowed it but the database did not: the two guards disagree, so refuse (fail closed).
                .orElseThrow(() -> new RestrictedRecordDenied(ref));
    }

    public void share(UUID id, UserId with, String reason) {
        restricted.share(ref(id), with, reason);
    }

    public void revokeShare(UUID id, UserId with) {
        restricted.revokeShare(ref(id), with);
    }
}
