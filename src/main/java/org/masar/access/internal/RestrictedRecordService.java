package org.masar.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.GuardedRecord;
import org.masar.access.RecordRef;
import org.masar.access.RecordShare;
import org.masar.access.RecordShareNotFound;
import org.masar.access.RestrictedAssignmentDenied;
import org.masar.access.RestrictedRecordDenied;
import org.masar.access.RestrictedRecordNotFound;
import org.masar.access.RestrictedRecords;
import org.masar.access.RestrictedShareDenied;
import org.masar.access.Sensitivity;
import org.masar.access.ShareReasonMissing;
import org.masar.access.SystemIdentity;
import org.masar.access.UnknownReference;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The face-side guard of restricted records. It asks the same SQL rule the row-level security policies use
 * ({@code access_may_read_as}), but for the user named by the security context rather than by the transaction's
 * setting, so the two guards are independent checks of one rule. What a record's sensitivity and assignee are, it
 * learns from {@code access_restricted_guard}, which finds the record's table in the registry that {@code
 * access_restrict_table} fills.
 */
@Service
class RestrictedRecordService implements RestrictedRecords {

    static final String READ = "access.restricted-read";
    static final String SHARED = "access.record.shared";
    static final String SHARE_REVOKED = "access.record.share-revoked";
    static final String ASSIGNMENT = "access.restricted-assignment";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RestrictedRecordService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public GuardedRecord checkRead(RecordRef record) {
        GuardedRecord guarded = guard(record);
        if (guarded.sensitivity() == Sensitivity.NORMAL) {
            return guarded;
        }
        UserId reader = readerOrRefuse(guarded);
        audit.record(AuditEvent.of(READ, record.type(), record.id().toString()).with("basis", basis(reader, guarded)));
        return guarded;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UserId reader, RecordRef record) {
        return find(record)
                .map(guarded -> guarded.sensitivity() == Sensitivity.NORMAL || mayRead(reader, guarded))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkAssignment(UserId assignee) {
        Optional<UserId> actor = acting();
        if (actor.isPresent() && actor.get().equals(assignee)) {
            return;
        }
        if (!holds(ASSIGN_PERMISSION) && !SystemPrincipal.isActing()) {
            // The same refusal whether or not the id is an account's: checking existence first would tell.
            audit.record(AuditEvent.of(ASSIGNMENT, "user", assignee.toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .because("assigning to someone else needs " + ASSIGN_PERMISSION));
            throw new RestrictedAssignmentDenied();
        }
        requireAccount(assignee);
    }

    @Override
    @Transactional
    public void share(RecordRef record, UserId with, String reason) {
        if (reason.isBlank()) {
            throw new ShareReasonMissing();
        }
        GuardedRecord guarded = guard(record);
        Optional<UserId> sharer = acting();
        // Nobody shares with themselves: whoever may share but not read (a holder of the permission) would otherwise
        // let themselves in without a second person.
        if (sharer.isEmpty() || sharer.get().equals(with) || !mayShare(sharer.get(), guarded)) {
            refuseSharing(SHARED, record);
        }
        requireAccount(with);
        jdbc.sql("""
                        INSERT INTO access_record_share (record_type, record_id, user_id, granted_by, reason)
                        VALUES (:type, :id, :user, :grantedBy, :reason)
                        ON CONFLICT (record_type, record_id, user_id) DO UPDATE
                           SET granted_by = EXCLUDED.granted_by, granted_at = now(), reason = EXCLUDED.reason
                        """)
                .param("type", record.type())
                .param("id", record.id())
                .param("user", with.value())
                // The system identity is no account, so it cannot be named as the granter.
                .param(
                        "grantedBy",
                        SystemPrincipal.isActing() ? null : sharer.get().value(),
                        java.sql.Types.OTHER)
                .param("reason", reason.strip())
                .update();
        // The reason is the granter's own words about a sensitive record: it stays in the share table, not the trail.
        audit.record(
                AuditEvent.of(SHARED, record.type(), record.id().toString()).with("with", with));
    }

    @Override
    @Transactional
    public void revokeShare(RecordRef record, UserId with) {
        GuardedRecord guarded = guard(record);
        Optional<UserId> revoker = acting();
        if (revoker.isEmpty() || !mayShare(revoker.get(), guarded)) {
            refuseSharing(SHARE_REVOKED, record);
        }
        int removed = jdbc.sql("""
                        DELETE FROM access_record_share
                         WHERE record_type = :type AND record_id = :id AND user_id = :user
                        """)
                .param("type", record.type())
                .param("id", record.id())
                .param("user", with.value())
                .update();
        if (removed == 0) {
            throw new RecordShareNotFound(record, with);
        }
        audit.record(AuditEvent.of(SHARE_REVOKED, record.type(), record.id().toString())
                .with("with", with));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordShare> sharesOf(RecordRef record) {
        GuardedRecord guarded = guard(record);
        // Who else reads a restricted record, and why, is itself restricted.
        if (guarded.sensitivity() == Sensitivity.RESTRICTED) {
            readerOrRefuse(guarded);
        }
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

    /** The record's sensitivity and assignee, or a 404 when there is no such record. */
    private GuardedRecord guard(RecordRef record) {
        return find(record).orElseThrow(() -> new RestrictedRecordNotFound(record));
    }

    /**
     * Read through a SECURITY DEFINER function because the row itself may be hidden from the caller by row-level
     * security: enough to tell "no such record" from "not yours", and nothing of the record's content.
     */
    private Optional<GuardedRecord> find(RecordRef record) {
        return jdbc.sql("SELECT sensitivity, assigned_to FROM access_restricted_guard(:type, :id)")
                .param("type", record.type())
                .param("id", record.id())
                .query((row, number) -> new GuardedRecord(
                        record,
                        Sensitivity.valueOf(row.getString("sensitivity")),
                        row.getObject("assigned_to", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("assigned_to", UUID.class))))
                .optional();
    }

    /** The acting user when they may read the restricted record; otherwise audits the refusal and throws. */
    private UserId readerOrRefuse(GuardedRecord guarded) {
        Optional<UserId> reader = acting();
        if (reader.isEmpty() || !mayRead(reader.get(), guarded)) {
            RecordRef record = guarded.record();
            audit.record(AuditEvent.of(READ, record.type(), record.id().toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .because("not assigned, shared or supervising"));
            throw new RestrictedRecordDenied(record);
        }
        return reader.get();
    }

    private boolean mayRead(UserId reader, GuardedRecord guarded) {
        return jdbc.sql("SELECT access_may_read_as(:reader, :assignedTo, :type, :id)")
                .param("reader", reader.value())
                .param("assignedTo", assigneeOf(guarded), java.sql.Types.OTHER)
                .param("type", guarded.record().type())
                .param("id", guarded.record().id())
                .query(Boolean.class)
                .single();
    }

    /** Reading is not enough to pass a record on: a share is not followed, the assignee's supervisor chain is. */
    private boolean mayShare(UserId sharer, GuardedRecord guarded) {
        if (holds(SHARE_PERMISSION) || SystemPrincipal.isActing()) {
            return true;
        }
        return jdbc.sql("SELECT access_is_assignee_or_supervisor(:sharer, :assignedTo)")
                .param("sharer", sharer.value())
                .param("assignedTo", assigneeOf(guarded), java.sql.Types.OTHER)
                .query(Boolean.class)
                .single();
    }

    private void refuseSharing(String action, RecordRef record) {
        audit.record(AuditEvent.of(action, record.type(), record.id().toString())
                .withOutcome(AuditOutcome.DENIED)
                .because("not the assignee, a supervisor of the assignee, nor holding " + SHARE_PERMISSION));
        throw new RestrictedShareDenied(record);
    }

    private void requireAccount(UserId user) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE id = :id)")
                .param("id", user.value())
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new UnknownReference("access.unknown-user", user.toString());
        }
    }

    /** Why the read was allowed, for the audit entry: system, assignee, share or supervision. */
    private String basis(UserId reader, GuardedRecord guarded) {
        if (reader.equals(SystemIdentity.ID)) {
            return "system";
        }
        if (reader.equals(guarded.assignedTo())) {
            return "assigned";
        }
        boolean shared = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_record_share
                                        WHERE record_type = :type AND record_id = :id AND user_id = :user)
                        """)
                .param("type", guarded.record().type())
                .param("id", guarded.record().id())
                .param("user", reader.value())
                .query(Boolean.class)
                .single();
        return shared ? "shared" : "supervisor";
    }

    /** The signed-in user, or the system identity when it acts. */
    private Optional<UserId> acting() {
        return SystemPrincipal.isActing() ? Optional.of(SystemIdentity.ID) : SignedIn.accountId(jdbc);
    }

    private static @Nullable UUID assigneeOf(GuardedRecord guarded) {
        return guarded.assignedTo() == null ? null : guarded.assignedTo().value();
    }

    private static boolean holds(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(permission::equals);
    }
}
