package org.masar.people;

/**
 * A supervisor undid the merge of {@code merged} into {@code survivor}: the merged person is a record of their own
 * again. Carries no personal data.
 *
 * <p>The contract for modules that handle {@link PersonMerged}: re-pointing a record from the merged person to the
 * survivor must be remembered (which records were moved, for which merge), so that on this event exactly those records
 * are moved back, and records created for the survivor since the merge stay with the survivor. A module that only
 * looks people up through {@link People#current(PersonId)} at read time has nothing to do. Handlers are idempotent: the
 * event may be delivered again after a restart.
 *
 * @param merged the person restored
 * @param survivor the person it had been merged into (directly: the merged person's {@code mergedInto} before the undo)
 */
public record PersonUnmerged(PersonId merged, PersonId survivor) {}
