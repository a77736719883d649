package org.masar.people.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.people.IdentityDocument;

/**
 * An identity document.
 *
 * @param type passport, national_id, birth_certificate, residence_permit, travel_document, asylum_or_refugee_card or
 *     other
 * @param issuingCountry ISO 3166-1 alpha-3
 */
record DocumentJson(
        @Nullable String type,
        @Nullable String number,
        @Nullable String issuingCountry,
        @Nullable LocalDate expiresOn) {

    static DocumentJson of(IdentityDocument document) {
        return new DocumentJson(
                document.type().code(), document.number(), document.issuingCountry(), document.expiresOn());
    }
}
