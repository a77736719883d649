package org.masar.access;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one mechanism for reading restricted records, used by every module that holds them.
 *
 * <p>A {@link Sensitivity#RESTRICTED} record is readable only by the user it is assigned to, the users it is shared
 * with, and their supervisors (transitively). The owning module's face calls {@link #checkRead} before it returns such
 * a record: an allowed read is audited, a refused one is audited with outcome DENIED and answered with {@link
 * RestrictedRecordDenied} (a 403). The database enforces the same rule independently: the module's row-level security
 * policy calls the SQL function {@code access_may_read(assigned_to, record_type, record_id)}, keyed on the user id
 * that each transaction sets (see {@code V13__access_restricted_records.sql}; the tests hold a sample table, {@code R__access_restricted_sample.sql}).
 */
public interface RestrictedRecords {

    /** Whether {@code reader} may read the record, by the rule above, regardless of who is signed in. */
    boolean mayRead(UserId reader, RecordRef record, @Nullable UserId assignedTo);

    /**
     * Lets the signed-in user read the record or refuses, auditing either outcome for a restricted record. A normal
     * record passes without an audit entry.
     *
     * @throws RestrictedRecordDenied when the record is restricted and the signed-in user may not read it
     */
    void checkRead(RecordRef record, Sensitivity sensitivity, @Nullable UserId assignedTo);

    /**
     * Shares the record with one more user; the signed-in user must be able to read it. Audited with the reason.
     *
     * @throws RestrictedRecordDenied when the signed-in user may not read the record
     */
    void share(RecordRef record, @Nullable UserId assignedTo, UserId with, String reason);

    /** The users the record is shared with, in the order they were added. */
    List<RecordShare> sharesOf(RecordRef record);
}
