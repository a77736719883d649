package org.masar.access;

import org.jspecify.annotations.Nullable;

/** An office as the administration shows it; it belongs to one organisation and may sit in a baladiya. */
public record Office(
        OfficeId id,
        OrganisationId organisationId,
        String code,
        String nameEn,
        String nameAr,
        @Nullable String baladiyaPcode,
        boolean active,
        int version) {}
