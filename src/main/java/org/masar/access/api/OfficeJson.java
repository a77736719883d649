package org.masar.access.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Office;

/** An office as the API shows it. */
record OfficeJson(
        UUID id,
        UUID organisationId,
        String code,
        String nameEn,
        String nameAr,
        @Nullable String baladiyaPcode,
        boolean active,
        int version) {

    static OfficeJson of(Office office) {
        return new OfficeJson(
                office.id().value(),
                office.organisationId().value(),
                office.code(),
                office.nameEn(),
                office.nameAr(),
                office.baladiyaPcode(),
                office.active(),
                office.version());
    }
}
