package org.masar.assistance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.assistance.PaymentListId;
import org.masar.assistance.PaymentListNotFound;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maker-checker's handler of {@code assistance.payment-list}: once a user holding
 * {@code assistance:approve-payments} (never the list's maker: approvals refuses that) approves the submitted list, its
 * transfers become approved — only if the list is still pending at the version submitted (it is locked while pending;
 * this is the second lock). A rejected or withdrawn submission makes it a draft again. Runs in the approvals'
 * transaction, as the checker.
 */
@Component
class PaymentListApproval implements ApprovalHandler {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    PaymentListApproval(JdbcClient jdbc, AuditTrail audit, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String type() {
        return CashService.APPROVAL_TYPE;
    }

    /** The list's page: its transfers, people, amounts and totals, what the checker approves. */
    @Override
    public Optional<String> subjectPage(Approval approval) {
        return Optional.of("/assistance/cash/lists/" + list(approval));
    }

    @Override
    public void approved(Approval approval) {
        int version = json.readTree(approval.payloadJson()).path("version").asInt(-1);
        approved(list(approval), version, Actor.current().name());
    }

    @Override
    public void rejected(Approval approval) {
        reopened(list(approval), approval.id().value());
    }

    @Override
    public void withdrawn(Approval approval) {
        reopened(list(approval), approval.id().value());
    }

    private static PaymentListId list(Approval approval) {
        return new PaymentListId(UUID.fromString(approval.subject()));
    }

    /** The checker approved the list as submitted: its transfers become approved. */
    private void approved(PaymentListId list, int version, String approver) {
        Map<String, Object> found = jdbc
                .sql("SELECT status, version FROM assistance_payment_list WHERE id = :id FOR UPDATE")
                .param("id", list.value())
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new PaymentListNotFound(list));
        if (!"pending".equals(found.get("status")) || ((Number) found.get("version")).intValue() != version) {
            throw new org.masar.assistance.PaymentListChanged(list);
        }
        Instant now = clock.instant();
        int moved = jdbc.sql("""
                        UPDATE assistance_transfer SET status = 'approved', status_at = :now, status_by_name = :me
                         WHERE list_id = :list AND status = 'draft'
                        """)
                .param("now", Timestamp.from(now))
                .param("me", approver)
                .param("list", list.value())
                .update();
        jdbc.sql("""
                        UPDATE assistance_payment_list SET status = 'approved', approved_at = :now, approved_by_name = :me
                         WHERE id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("me", approver)
                .param("id", list.value())
                .update();
        audit.record(AuditEvent.of("assistance.cash.list-approved", "payment-list", list.toString())
                .with("version", version)
                .with("transfers", moved));
    }

    /** The submission was rejected or withdrawn: the list is a draft again. */
    private void reopened(PaymentListId list, UUID approval) {
        jdbc.sql("""
                        UPDATE assistance_payment_list SET status = 'draft', version = version + 1
                         WHERE id = :id AND status = 'pending' AND approval_id = :approval
                        """).param("id", list.value()).param("approval", approval).update();
    }
}
