package org.masar.audit;

import java.util.List;
import org.masar.shared.PageJson;

/**
 * The append-only audit trail: who did, and who read, what; when, from where and why.
 *
 * <p>Entries are appended without waiting for any other writer, and a chainer links the committed ones, one after
 * another, by an HMAC-SHA-256 keyed outside the database, so that a changed, inserted or removed row breaks the chain
 * and {@link #verify()} finds it. Entries committed in the last moments may not be linked yet: the verification reports
 * them as pending.
 */
public interface AuditTrail {

    /**
     * Appends an entry. The actor is the signed-in user unless the event names one (a failed sign-in names the account
     * that was tried), and the address and browser are taken from the current request.
     *
     * <p>A {@link AuditOutcome#SUCCESS success} is written in the caller's transaction, so it is kept only if the step
     * it describes commits (without a transaction it is written at once). A {@link AuditOutcome#DENIED refusal} or
     * {@link AuditOutcome#FAILURE failure} is written at once on a small connection pool of its own and survives the
     * caller's rollback; so is a success recorded inside a read-only transaction, which cannot write. Never takes a
     * lock that other callers wait on.
     */
    void record(AuditEvent event);

    /**
     * Appends several entries as {@link #record} would one by one, in one round trip to the database when they are
     * successes written in the caller's transaction (a batch of registrations audits each person it registered).
     */
    void recordAll(List<AuditEvent> events);

    /**
     * Walks the whole chain and reports the first entry whose MAC or link does not match, and how many recent entries
     * are not linked yet. Needs {@code audit:verify}.
     */
    AuditVerification verify();

    /** Entries matching the filter, newest first. Needs {@code audit:read}; the search itself is audited. */
    PageJson<AuditEntry> search(AuditFilter filter, int page, int size);

    /**
     * How many entries match the filter, for figures on a dashboard. Needs {@code audit:read}; not audited, because it
     * shows no entry.
     */
    long count(AuditFilter filter);

    /** The distinct actions recorded so far, for the viewer's filter. Needs {@code audit:read}. */
    List<String> actions();
}
