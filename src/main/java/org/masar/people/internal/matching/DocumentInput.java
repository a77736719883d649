package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

/**
 * An identity document as typed. type is one of passport, national_id, birth_certificate, residence_permit,
 * travel_document, asylum_or_refugee_card, other.
 */
public record DocumentInput(
        String type, String number, @Nullable String issuingCountry) {}
