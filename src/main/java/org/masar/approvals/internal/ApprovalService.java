package org.masar.approvals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalForbidden;
import org.masar.approvals.ApprovalHandler;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalNotFound;
import org.masar.approvals.ApprovalNotPending;
import org.masar.approvals.ApprovalRequested;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.approvals.DuplicatePendingApproval;
import org.masar.approvals.NewApproval;
import org.masar.approvals.OwnCommand;
import org.masar.approvals.RejectionReasonMissing;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four-eyes steps. Recording a command is one insert (a second pending command for the same type and subject is
 * refused by a unique index); each decision goes through the {@link ApprovalCommand} aggregate, whose version makes
 * concurrent decisions end in exactly one, and the approval runs the type's {@link ApprovalHandler} after the
 * decision is saved, in the same transaction, so that a handler that fails leaves the command pending.
 *
 * <p>Who may see a command: its maker, and users who hold its permission and cover its baladiya (when it names one);
 * to anyone else it does not exist (404). Who may decide it: those users, except its maker, whatever session or API
 * token the maker uses, since the check is on the account's id. Every step and every refusal is audited; entries name
 * the command by id, type and subject, never by what the summary or payload say.
 */
@Service
class ApprovalService implements Approvals {

    static final String SUBJECT = "approval";
    static final int LONGEST_REASON = 1000;
    static final String REASON_TOO_LONG = "approvals.reason.too-long";

    private final JdbcClient jdbc;
    private final ApprovalQueries queries;
    private final ApprovalCommandRepository commands;
    private final Map<String, ApprovalHandler> handlers = new HashMap<>();
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ApprovalService(
            JdbcClient jdbc,
            ApprovalQueries queries,
            ApprovalCommandRepository commands,
            List<ApprovalHandler> handlers,
            Users users,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.commands = commands;
        for (ApprovalHandler handler : handlers) {
            ApprovalHandler twin = this.handlers.put(handler.type(), handler);
            if (twin != null) {
                throw new IllegalStateException("Two approval handlers for type " + handler.type() + ": "
                        + twin.getClass().getName() + " and "
                        + handler.getClass().getName());
            }
        }
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A refused duplicate wrote nothing, so it leaves a caller's surrounding transaction usable and committable: a
     * module may catch it and go on.
     */
    @Override
    @Transactional(noRollbackFor = DuplicatePendingApproval.class)
    public Approval request(NewApproval command) {
        CurrentUser maker = CurrentUser.get();
        check(command);
        ApprovalId id = ApprovalId.random();
        // ON CONFLICT rather than a caught DuplicateKeyException, so that the caller's transaction stays usable.
        int recorded = jdbc.sql("""
                        INSERT INTO approvals_command (id, type, subject, summary, permission, baladiya, payload,
                                                       status, maker, requested_at, lock_version)
                        VALUES (:id, :type, :subject, :summary, :permission, :baladiya, CAST(:payload AS jsonb),
                                'PENDING', :maker, :now, 0)
                        ON CONFLICT (type, subject) WHERE status = 'PENDING' DO NOTHING
                        """)
                .param("id", id.value())
                .param("type", command.type())
                .param("subject", command.subject())
                .param("summary", command.summary().strip())
                .param("permission", command.permission())
                .param(
                        "baladiya",
                        command.baladiya() == null ? null : command.baladiya().value())
                .param("payload", command.payloadJson())
                .param("maker", maker.id().value())
                .param("now", Timestamp.from(now()))
                .update();
        if (recorded == 0) {
            throw new DuplicatePendingApproval(command.type(), command.subject());
        }
        events.publishEvent(new ApprovalRequested(id));
        audit.record(entry("approvals.command.requested", id, command.type(), command.subject())
                .with("permission", command.permission()));
        return queries.find(id).orElseThrow(() -> new ApprovalNotFound(id));
    }

    @Override
    @Transactional
    public Approval approve(ApprovalId id) {
        CurrentUser me = CurrentUser.get();
        Approval asked = visible(id, me);
        refuseOwn(asked, me, "approvals.command.approved");
        ApprovalHandler handler = handler(asked.type());
        ApprovalCommand command = load(id);
        command.approve(me.id(), now());
        save(command);
        Approval approved = queries.find(id).orElseThrow(() -> new ApprovalNotFound(id));
        try {
            handler.approved(approved);
        } catch (RuntimeException failed) {
            // The transaction is rolled back, so the command stays pending; the failure is kept all the same.
            audit.record(entry("approvals.command.approved", id, asked.type(), asked.subject())
                    .withOutcome(AuditOutcome.FAILURE)
                    .with("failure", failed.getClass().getSimpleName()));
            throw failed;
        }
        audit.record(entry("approvals.command.approved", id, asked.type(), asked.subject()));
        return approved;
    }

    @Override
    @Transactional
    public Approval reject(ApprovalId id, String reason) {
        CurrentUser me = CurrentUser.get();
        Approval asked = visible(id, me);
        if (reason.isBlank()) {
            throw new RejectionReasonMissing();
        }
        if (reason.strip().length() > LONGEST_REASON) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", REASON_TOO_LONG)));
        }
        refuseOwn(asked, me, "approvals.command.rejected");
        ApprovalCommand command = load(id);
        command.reject(me.id(), now(), reason);
        save(command);
        Approval rejected = queries.find(id).orElseThrow(() -> new ApprovalNotFound(id));
        Optional.ofNullable(handlers.get(rejected.type())).ifPresent(handler -> handler.rejected(rejected));
        audit.record(entry("approvals.command.rejected", id, asked.type(), asked.subject()));
        return rejected;
    }

    @Override
    @Transactional
    public Approval withdraw(ApprovalId id) {
        CurrentUser me = CurrentUser.get();
        Approval asked = visible(id, me);
        if (!isMaker(asked, me)) {
            audit.record(entry("approvals.command.withdrawn", id, asked.type(), asked.subject())
                    .withOutcome(AuditOutcome.DENIED)
                    .with("refusal", "not-the-maker"));
            throw ApprovalForbidden.audited(id);
        }
        ApprovalCommand command = load(id);
        command.withdraw(me.id(), now());
        save(command);
        Approval withdrawn = queries.find(id).orElseThrow(() -> new ApprovalNotFound(id));
        Optional.ofNullable(handlers.get(withdrawn.type())).ifPresent(handler -> handler.withdrawn(withdrawn));
        audit.record(entry("approvals.command.withdrawn", id, asked.type(), asked.subject()));
        return withdrawn;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Approval> find(ApprovalId id) {
        return CurrentUser.find().flatMap(me -> queries.find(id).filter(approval -> maySee(approval, me)));
    }

    @Override
    @Transactional(readOnly = true)
    public Approval get(ApprovalId id) {
        return visible(id, CurrentUser.get());
    }

    @Override
    @Transactional(readOnly = true)
    public PageJson<Approval> decidable(@Nullable ApprovalStatus status, Paging paging) {
        return queries.decidable(checker(CurrentUser.get()), status, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public PageJson<Approval> mine(@Nullable ApprovalStatus status, Paging paging) {
        return queries.mine(CurrentUser.get().id().value(), status, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public long pendingForMe() {
        return CurrentUser.find()
                .map(me -> queries.countDecidable(checker(me), ApprovalStatus.PENDING))
                .orElse(0L);
    }

    @Override
    public Optional<String> subjectPage(Approval approval) {
        return Optional.ofNullable(handlers.get(approval.type())).flatMap(handler -> handler.subjectPage(approval));
    }

    /** The command, if the user may see it; a 404 otherwise, as if it did not exist. */
    private Approval visible(ApprovalId id, CurrentUser me) {
        return queries.find(id).filter(approval -> maySee(approval, me)).orElseThrow(() -> new ApprovalNotFound(id));
    }

    private boolean maySee(Approval approval, CurrentUser me) {
        return isMaker(approval, me) || mayCheck(approval, me);
    }

    /** Holds the command's permission and covers its baladiya: may decide it, unless they made it. */
    private boolean mayCheck(Approval approval, CurrentUser me) {
        if (!permissions().contains(approval.permission())) {
            return false;
        }
        return approval.baladiya() == null
                || users.scopesOf(me.id()).coversBaladiya(approval.baladiya().value());
    }

    private static boolean isMaker(Approval approval, CurrentUser me) {
        return approval.makerId().equals(me.id().toString());
    }

    /** The maker may not decide their own command: refused, and recorded, before anything is loaded for writing. */
    private void refuseOwn(Approval asked, CurrentUser me, String action) {
        if (isMaker(asked, me)) {
            audit.record(entry(action, asked.id(), asked.type(), asked.subject())
                    .withOutcome(AuditOutcome.DENIED)
                    .with("refusal", "own-command"));
            throw OwnCommand.audited(asked.id());
        }
    }

    private ApprovalCommand load(ApprovalId id) {
        return commands.findById(id).orElseThrow(() -> new ApprovalNotFound(id));
    }

    /** Saves a decision; another decision saved first (a second checker at the same moment) makes this one a 409. */
    private void save(ApprovalCommand command) {
        try {
            commands.save(command);
        } catch (OptimisticLockingFailureException decidedMeanwhile) {
            ApprovalStatus now =
                    queries.find(command.id()).map(Approval::status).orElse(ApprovalStatus.PENDING);
            throw new ApprovalNotPending(command.id(), now);
        }
    }

    private ApprovalHandler handler(String type) {
        ApprovalHandler handler = handlers.get(type);
        if (handler == null) {
            throw new IllegalStateException("No approval handler is registered for type " + type);
        }
        return handler;
    }

    private ApprovalQueries.Checker checker(CurrentUser me) {
        Scopes scopes = users.scopesOf(me.id());
        return new ApprovalQueries.Checker(me.id().value(), permissions(), scopes.allBaladiya(), scopes.baladiya());
    }

    /** The permissions of the signed-in user, as Spring Security holds them (a session's or an API token's). */
    private static Set<String> permissions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    /** A command from a module must be well formed: a mistake here is the module's, found by its first test. */
    private void check(NewApproval command) {
        handler(command.type());
        require(command.subject(), 200, "subject");
        require(command.summary(), 300, "summary");
        require(command.permission(), 100, "permission");
        JsonNode payload;
        try {
            payload = json.readTree(command.payloadJson());
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException("The payload of an approval must be a JSON object", malformed);
        }
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("The payload of an approval must be a JSON object");
        }
    }

    private static void require(String value, int longest, String name) {
        if (value.isBlank() || value.length() > longest) {
            throw new IllegalArgumentException("An approval's " + name + " must have 1 to " + longest + " characters");
        }
    }

    private static AuditEvent entry(String action, ApprovalId id, String type, String subject) {
        return AuditEvent.of(action, SUBJECT, id.toString()).with("type", type).with("subject", subject);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
