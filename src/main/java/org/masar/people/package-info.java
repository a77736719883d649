/**
 * People: one person, one record. Every programme (outreach, search and rescue, health, MHPSS, protection, return)
 * registers people here ({@link org.masar.people.People}) and holds their {@link org.masar.people.PersonId}s.
 *
 * <p>Registration finds likely duplicates across scripts and spellings and never refuses a record for resembling
 * another; a supervisor merges what is the same person, and a merged record stays a row pointing to its survivor
 * ({@link org.masar.people.PersonMerged}), so other modules' references never dangle. Reading a person is limited to
 * the user's scopes and audited; outside them a person shows only what is needed to recognise them. Each programme adds
 * its entries to the person's one timeline through {@link org.masar.people.PersonTimeline}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"geo", "access", "audit", "shared :: questionnaire", "shared :: spreadsheet"})
@NullMarked
package org.masar.people;

import org.jspecify.annotations.NullMarked;
