/**
 * Referrals: a person, directly or from one of their cases, sent to a service from a catalogue (medical, MHPSS,
 * shelter, legal, protection…) that an office of the mission or a partner organisation provides, with an urgency whose
 * answer time is data, a reason and the fields to share. Only what the person consented to share with that partner is
 * shared (or, in a life-saving emergency, what a user holding {@code referrals:override-consent} shares with a recorded
 * reason, audited and listed for supervisors), as a snapshot written at send time: a partner never reads {@code
 * people}. Partner users see only the referrals sent to their organisation, only their shared fields and only while
 * sent or accepted, in PostgreSQL's row-level security too.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Referrals",
        allowedDependencies = {"people", "cases", "access", "audit", "geo"})
@NullMarked
package org.masar.referrals;

import org.jspecify.annotations.NullMarked;
