package org.masar.access;

/** An organisation as the administration shows it. */
public record Organisation(
        OrganisationId id,
        String code,
        OrganisationKind kind,
        String nameEn,
        String nameAr,
        boolean active,
        int version) {}
