package org.masar.access.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.RecordRef;
import org.masar.access.RestrictedRecordDenied;
import org.masar.access.RestrictedRecords;
import org.masar.access.RestrictedSample;
import org.masar.access.RestrictedSampleId;
import org.masar.access.RestrictedSampleNotFound;
import org.masar.access.RestrictedSamples;
import org.masar.access.Sensitivity;
import org.masar.access.UnknownReference;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards the sample table twice: {@link RestrictedRecords#checkRead} before reading (a clear 403 and an audit entry),
 * and the table's row-level security policy underneath (the read below returns nothing to a user the rule refuses).
 */
@Service
@PreAuthorize("isAuthenticated()")
class RestrictedSampleService implements RestrictedSamples {

    private final JdbcClient jdbc;
    private final RestrictedRecords restricted;
    private final AuditTrail audit;

    RestrictedSampleService(JdbcClient jdbc, RestrictedRecords restricted, AuditTrail audit) {
        this.jdbc = jdbc;
        this.restricted = restricted;
        this.audit = audit;
    }

    @Override
    @Transactional
    public RestrictedSample create(String title, Sensitivity sensitivity, UserId assignedTo) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE id = :id)")
                .param("id", assignedTo.value())
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new UnknownReference("access.unknown-user", assignedTo.toString());
        }
        RestrictedSampleId id = new RestrictedSampleId(UUID.randomUUID());
        // No RETURNING: the inserting user may not be one the read policy lets see the new row.
        jdbc.sql("""
                        INSERT INTO access_restricted_sample (id, title, sensitivity, assigned_to, created_by,
                                                              updated_by)
                        VALUES (:id, :title, :sensitivity, :assignedTo, :actor, :actor)
                        """)
                .param("id", id.value())
                .param("title", title.strip())
                .param("sensitivity", sensitivity.name())
                .param("assignedTo", assignedTo.value())
                .param("actor", SignedIn.actor())
                .update();
        audit.record(AuditEvent.of("access.restricted-sample.created", RECORD_TYPE, id.toString())
                .with("sensitivity", sensitivity));
        return new RestrictedSample(id, title.strip(), sensitivity, assignedTo, java.time.Instant.now(), 0);
    }

    @Override
    @Transactional(readOnly = true)
    public RestrictedSample get(RestrictedSampleId id) {
        Guard guard = guard(id);
        RecordRef ref = RestrictedSamples.ref(id);
        restricted.checkRead(ref, guard.sensitivity(), guard.assignedTo());
        return jdbc.sql("""
                        SELECT id, title, sensitivity, assigned_to, created_at, version
                          FROM access_restricted_sample WHERE id = :id
                        """)
                .param("id", id.value())
                .query((row, number) -> new RestrictedSample(
                        new RestrictedSampleId(row.getObject("id", UUID.class)),
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

    @Override
    @Transactional
    public void share(RestrictedSampleId id, UserId with, String reason) {
        Guard guard = guard(id);
        restricted.share(RestrictedSamples.ref(id), guard.assignedTo(), with, reason);
    }

    /**
     * The sample's sensitivity and assignee, read through a SECURITY DEFINER function because the row itself may be
     * hidden from the caller by row-level security: enough to tell "no such sample" (404) from "not yours" (403).
     */
    private Guard guard(RestrictedSampleId id) {
        return jdbc.sql("SELECT sensitivity, assigned_to FROM access_restricted_sample_guard(:id)")
                .param("id", id.value())
                .query((row, number) -> new Guard(
                        Sensitivity.valueOf(row.getString("sensitivity")),
                        row.getObject("assigned_to", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("assigned_to", UUID.class))))
                .optional()
                .orElseThrow(() -> new RestrictedSampleNotFound(id));
    }

    private record Guard(Sensitivity sensitivity, @Nullable UserId assignedTo) {}
}
