package org.masar.assistance;

import java.util.List;

/** Everything a phone needs to carry out a distribution with no connection. */
public record HandoverList(Distribution distribution, long version, List<Beneficiary> beneficiaries) {

    public HandoverList {
        beneficiaries = List.copyOf(beneficiaries);
    }
}
