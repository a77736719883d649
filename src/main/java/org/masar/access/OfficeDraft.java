package org.masar.access;

import org.jspecify.annotations.Nullable;

/** What an administrator sets on an office. */
public record OfficeDraft(
        OrganisationId organisationId,
        String code,
        String nameEn,
        String nameAr,
        @Nullable String baladiyaPcode) {}
