package org.masar.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.RecordRef;
import org.masar.access.RecordShare;
import org.masar.access.RestrictedRecordDenied;
import org.masar.access.RestrictedRecords;
import org.masar.access.Sensitivity;
import org.masar.access.UnknownReference;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The face-side guard of restricted records. It asks the same SQL rule the row-level security policies use
 * ({@code access_may_read_as}), but for the user named by the security context rather than by the transaction's
 * setting, so the two guards are independent checks of one rule.
 */
@Service
class RestrictedRecordService implements RestrictedRecords {

    static final String READ = "access.restricted-read";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RestrictedRecordService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UserId reader, RecordRef record, @Nullable UserId assignedTo) {
        return jdbc.sql("SELECT access_may_read_as(:reader, :assignedTo, :type, :id)")
                .param("reader", reader.value())
                .param("assignedTo", assignedTo == null ? null : assignedTo.value(), java.sql.Types.OTHER)
                .param("type", record.type())
                .param("id", record.id())
                .query(Boolean.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public void checkRead(RecordRef record, Sensitivity sensitivity, @Nullable UserId assignedTo) {
        if (sensitivity == Sensitivity.NORMAL) {
            return;
        }
        Optional<UserId> reader = currentUser();
        AuditEvent read = AuditEvent.of(READ, record.type(), record.id().toString());
        if (reader.isEmpty() || !mayRead(reader.get(), record, assignedTo)) {
            audit.record(read.withOutcome(AuditOutcome.DENIED).because("not assigned, shared or supervising"));
            throw new RestrictedRecordDenied(record);
        }
        audit.record(read.with("basis", basis(reader.get(), record, assignedTo)));
    }

    @Override
    @Transactional
    public void share(RecordRef record, @Nullable UserId assignedTo, UserId with, String reason) {
        Optional<UserId> granter = currentUser();
        if (granter.isEmpty() || !mayRead(granter.get(), record, assignedTo)) {
            audit.record(AuditEvent.of(
                            "access.record.shared", record.type(), record.id().toString())
                    .withOutcome(AuditOutcome.DENIED));
            throw new RestrictedRecordDenied(record);
        }
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE id = :id)")
                .param("id", with.value())
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new UnknownReference("access.unknown-user", with.toString());
        }
        jdbc.sql("""
                        INSERT INTO access_record_share (record_type, record_id, user_id, granted_by, reason)
                        VALUES (:type, :id, :user, :grantedBy, :reason)
                        ON CONFLICT (record_type, record_id, user_id) DO UPDATE
                           SET granted_by = EXCLUDED.granted_by, granted_at = now(), reason = EXCLUDED.reason
                        """)
                .param("type", record.type())
                .param("id", record.id())
                .param("user", with.value())
                .param("grantedBy", granter.get().value())
                .param("reason", reason.strip())
                .update();
        // The reason is the granter's own words about a sensitive record: it stays in the share table, not the trail.
        audit.record(
                AuditEvent.of("access.record.shared", record.type(), record.id().toString())
                        .with("with", with));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordShare> sharesOf(RecordRef record) {
        return jdbc.sql("""
                        SELECT user_id, granted_by, granted_at, reason FROM access_record_share
                         WHERE record_type = :type AND record_id = :id ORDER BY granted_at, user_id
                        """)
                .param("type", record.type())
                .param("id", record.id())
                .query((row, number) -> new RecordShare(
                        record,
                        new UserId(row.getObject("user_id", UUID.class)),
                        row.getObject("granted_by", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("granted_by", UUID.class)),
                        row.getTimestamp("granted_at").toInstant(),
                        row.getString("reason")))
                .list();
    }

    /** Why the read was allowed, for the audit entry: assignee, share or supervision. */
    private String basis(UserId reader, RecordRef record, @Nullable UserId assignedTo) {
        if (reader.equals(assignedTo)) {
            return "assigned";
        }
        boolean shared = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_record_share
                                        WHERE record_type = :type AND record_id = :id AND user_id = :user)
                        """)
                .param("type", record.type())
                .param("id", record.id())
                .param("user", reader.value())
                .query(Boolean.class)
                .single();
        return shared ? "shared" : "supervisor";
    }

    private Optional<UserId> currentUser() {
        return SignedIn.accountId(jdbc);
    }
}
