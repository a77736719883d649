package org.masar.audit;

import java.util.List;
import org.masar.shared.PageJson;

/**
 * The append-only audit trail: who did, and who read, what; when, from where and why.
 *
 * <p>Each entry is chained to the one before it by a SHA-256 hash, so that a changed, inserted or removed row breaks
 * the chain and {@link #verify()} finds it. Entries are written in their own transaction: a denied read or a failed
 * sign-in is recorded even though the step it describes is rolled back.
 */
public interface AuditTrail {

    /**
     * Appends an entry. The actor is the signed-in user unless the event names one (a failed sign-in names the account
     * that was tried), and the address and browser are taken from the current request.
     */
    void record(AuditEvent event);

    /** Walks the whole chain and reports the first entry whose hash or link does not match. Needs {@code audit:verify}. */
    AuditVerification verify();

    /** Entries matching the filter, newest first. Needs {@code audit:read}; the search itself is audited. */
    PageJson<AuditEntry> search(AuditFilter filter, int page, int size);

    /** The distinct actions recorded so far, for the viewer's filter. Needs {@code audit:read}. */
    List<String> actions();
}
