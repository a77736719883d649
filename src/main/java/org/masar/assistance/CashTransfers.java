package org.masar.assistance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Cash and vouchers: cycles, their payment lists approved through the one maker-checker (type
 * {@code assistance.payment-list}, checker permission {@code assistance:approve-payments}, never the maker), the
 * transfers' statuses, the payment list for the provider and the reconciliation of the provider's report. Writes need
 * {@code assistance:manage-cash}, reads {@code assistance:read}; a cycle is seen and worked on only within the user's
 * programmes and baladiya (403 otherwise), a transfer's person within their scopes. Every write is audited.
 */
public interface CashTransfers {

    /** Cycles within the user's scopes, the latest first. */
    PageJson<CashCycle> cycles(Paging paging);

    CashCycle cycle(CashCycleId id);

    /** Creates a cycle (400 naming every field in error, 403 outside the user's programmes or baladiya). */
    CashCycle createCycle(CashCycleDraft draft);

    /** A cycle's payment lists, oldest first. */
    List<PaymentList> lists(CashCycleId cycle);

    PaymentList createList(CashCycleId cycle, @Nullable String name);

    PaymentList list(PaymentListId id);

    /** A list's transfers, by reference. */
    List<Transfer> transfers(PaymentListId list);

    /**
     * Adds a transfer to a draft list: 409 {@link PaymentListLocked} when submitted, 409 {@link TransferPaidTwice}
     * when the person or household already has a live transfer in the cycle (PostgreSQL's unique index says so).
     */
    Transfer addTransfer(PaymentListId list, TransferDraft draft);

    /**
     * Adds a transfer with the template's amount, currency, purpose, mechanism and vendor for every person the filter
     * finds within the user's scopes (needs {@code people:read} too; at most 1,000), all or nothing: those paid in the
     * cycle already are left out and named; 409 {@link TransferPaidTwice} when a concurrent list pays one meanwhile.
     */
    TransfersAdded addFromPeople(PaymentListId list, org.masar.people.PersonFilter filter, TransferDraft template);

    /** Removes a transfer from a draft list (409 when the list is locked). */
    void removeTransfer(PaymentListId list, TransferId transfer);

    /** Submits a draft list for approval: locked until a checker decides (rejected or withdrawn: draft again). */
    PaymentList submit(PaymentListId list);

    /**
     * Moves a transfer to a status the transitions allow (409 {@link TransferTransitionRefused} naming both
     * otherwise); failed and cancelled need a reason. Collected records a {@code cash} service for the person.
     */
    Transfer changeStatus(TransferId transfer, @Nullable String status, @Nullable String reason);

    /**
     * Reads a provider's report (CSV or XLSX) against an approved list and lists every mismatch. With
     * {@code confirm}, and only when the only differences are statuses the list may take (sent → collected or
     * failed), records them all in one transaction; otherwise records nothing.
     */
    PaymentReconciliation reconcile(PaymentListId list, String fileName, byte[] content, boolean confirm);

    /** An approved list's transfers for its provider (needs {@code assistance:export} as well; audited). */
    List<Transfer> export(PaymentListId list);
}
