package org.masar.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An identity document, its number as given.
 *
 * @param issuingCountry ISO 3166-1 alpha-3
 */
public record IdentityDocument(
        DocumentType type,
        String number,
        @Nullable String issuingCountry,
        @Nullable LocalDate expiresOn) {}
