package org.masar.assistance;

/**
 * What adding people to a list did.
 *
 * @param added people put on the list
 * @param skipped people matched but left out: already on the list (or their household), or outside the user's scopes
 */
public record BeneficiariesAdded(int added, int skipped) {}
