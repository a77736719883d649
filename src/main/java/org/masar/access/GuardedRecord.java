package org.masar.access;

import org.jspecify.annotations.Nullable;

/**
 * What {@link RestrictedRecords#checkRead} knows of a record it let through: enough to apply the rule, nothing of the
 * record's content.
 */
public record GuardedRecord(
        RecordRef record, Sensitivity sensitivity, @Nullable UserId assignedTo) {}
