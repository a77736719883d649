package org.masar.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.OrganisationId;

/**
 * A person's consents, per purpose. Recording or withdrawing one needs {@code people:register} or {@code people:edit}
 * and the person within the user's scopes; both are audited and shown on the person's timeline. Reading them needs
 * {@code people:read} and the person in scope.
 */
public interface Consents {

    /**
     * Records a consent the person gave.
     *
     * @throws org.masar.shared.InvalidFields naming what does not hold (an unknown partner, a date in the future…)
     * @throws ConsentConflict when the same consent holds already
     */
    Consent give(PersonId person, ConsentGiven consent);

    /**
     * Withdraws a consent from now on: every use it allowed stops at this moment. The consent stays on the record with
     * its withdrawal.
     *
     * @throws ConsentConflict when it was withdrawn already
     */
    Consent withdraw(PersonId person, ConsentId consent, String reason);

    /** A person's consents, with those of records merged into them, the latest first. */
    List<Consent> consentsOf(PersonId person);

    /**
     * Whether the person's consent for this purpose (and, for sharing, this partner) held at that moment. Other modules
     * ask before each use. Needs no permission and is not audited: it answers yes or no and reveals nothing else. An
     * unknown or deleted person has given no consent; a merged person's consents are those of their survivor.
     */
    boolean hasConsent(PersonId person, ConsentPurpose purpose, @Nullable OrganisationId partner, Instant at);
}
