package org.masar.access;

import java.util.List;

/**
 * The one mechanism for guarding restricted records, used by every module that holds them.
 *
 * <p>A {@link Sensitivity#RESTRICTED} record is readable only by the user it is assigned to, the users it is shared
 * with, their supervisors (transitively), and the {@link SystemIdentity}. A module declares its table restricted once,
 * in its migration: {@code CALL access_restrict_table('protection_case', 'protection.case')} on a table with the
 * columns {@code id uuid}, {@code sensitivity text} and {@code assigned_to uuid}. That gives the table PostgreSQL's
 * row-level security policies, keyed on the user each transaction names, so a forgotten filter cannot leak a row; and
 * it registers the table so that {@link #checkRead} can answer for a record by its {@link RecordRef} alone, before the
 * module reads it: 404 when there is no such record, 403 with an audit entry when the caller may not read it, and an
 * audit entry for every allowed restricted read.
 *
 * <p>Passing a record on is narrower than reading it: only the assignee, the assignee's supervisors and holders of
 * {@value #SHARE_PERMISSION} may share it or revoke a share, never someone it was merely shared with. Creating a
 * record assigned to someone else needs {@value #ASSIGN_PERMISSION} ({@link #checkAssignment}). The database holds the
 * same line: a reader may change a restricted row, but only who may share it may hand it over (and then only to whom
 * they may assign it) or lower it to {@link Sensitivity#NORMAL}, and the share table shows a record's shares only to
 * its readers, to who may share it and to the user a share names.
 */
public interface RestrictedRecords {

    /** Lets its holder share any restricted record, and revoke its shares, without being its assignee or supervisor. */
    String SHARE_PERMISSION = "access:share-restricted";

    /** Lets its holder create or hand over restricted records assigned to someone else. */
    String ASSIGN_PERMISSION = "access:assign-restricted";

    /**
     * Lets the signed-in user (or the system identity) read the record, or refuses. A restricted record's read is
     * audited either way; a normal record passes without an audit entry. Call it before reading the record.
     *
     * @return what the guard knows of the record: its sensitivity and assignee, never its content
     * @throws RestrictedRecordNotFound when the record does not exist (its type must be registered)
     * @throws RestrictedRecordDenied when the record is restricted and the caller may not read it
     */
    GuardedRecord checkRead(RecordRef record);

    /** Whether {@code reader} may read the record, by the rule above, regardless of who is signed in. */
    boolean mayRead(UserId reader, RecordRef record);

    /**
     * Checks that the signed-in user may make {@code assignee} responsible for a restricted record: themselves always,
     * anyone else only with {@value #ASSIGN_PERMISSION}. Without it the refusal is the same whether or not the id
     * belongs to an account, so it cannot be used to find out which ids do.
     *
     * @throws RestrictedAssignmentDenied when the signed-in user may not assign to someone else (audited)
     * @throws UnknownReference ({@code access.unknown-user}) when they may, but there is no such account
     */
    void checkAssignment(UserId assignee);

    /**
     * Shares the record with one more user, for a reason (kept with the share, not in the audit trail). Audited.
     *
     * @throws RestrictedRecordNotFound when the record does not exist
     * @throws RestrictedShareDenied when the signed-in user is not the assignee, a supervisor of the assignee, nor a
     *     holder of {@value #SHARE_PERMISSION}, or shares with themselves (audited)
     * @throws UnknownReference ({@code access.unknown-user}) when {@code with} is no account
     */
    void share(RecordRef record, UserId with, String reason);

    /**
     * Ends a share: the user no longer reads the record through it. Audited. Allowed to the same users as {@link
     * #share}.
     *
     * @throws RecordShareNotFound when the record is not shared with that user
     */
    void revokeShare(RecordRef record, UserId with);

    /**
     * The users the record is shared with, in the order they were added. Only for those who may read it.
     *
     * @throws RestrictedRecordDenied when the caller may not read the record
     */
    List<RecordShare> sharesOf(RecordRef record);
}
