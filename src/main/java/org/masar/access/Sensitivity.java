package org.masar.access;

/**
 * How carefully a record is guarded. A {@link #RESTRICTED} record is readable only by the users it is assigned or shared
 * with and their supervisors, checked both by the owning module's face (see {@link RestrictedRecords}) and by
 * PostgreSQL's row-level security (the SQL function {@code access_may_read}).
 */
public enum Sensitivity {
    /** Readable by anyone whose permissions and scopes cover it. */
    NORMAL,
    /** Readable only by the assignee, the users it is shared with, and their supervisors. */
    RESTRICTED
}
