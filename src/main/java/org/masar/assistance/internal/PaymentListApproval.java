package org.masar.assistance.internal;

import java.util.Optional;
import java.util.UUID;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.assistance.PaymentListId;
import org.masar.shared.Actor;
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

    private final CashService cash;
    private final JsonMapper json;

    PaymentListApproval(CashService cash, JsonMapper json) {
        this.cash = cash;
        this.json = json;
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
        cash.approved(list(approval), version, Actor.current().name());
    }

    @Override
    public void rejected(Approval approval) {
        cash.reopened(list(approval), approval.id().value());
    }

    @Override
    public void withdrawn(Approval approval) {
        cash.reopened(list(approval), approval.id().value());
    }

    private static PaymentListId list(Approval approval) {
        return new PaymentListId(UUID.fromString(approval.subject()));
    }
}
