package org.masar.access.api;

import java.util.UUID;
import org.masar.access.Organisation;
import org.masar.access.OrganisationKind;

/** An organisation as the API shows it. */
record OrganisationJson(
        UUID id, String code, OrganisationKind kind, String nameEn, String nameAr, boolean active, int version) {

    static OrganisationJson of(Organisation organisation) {
        return new OrganisationJson(
                organisation.id().value(),
                organisation.code(),
                organisation.kind(),
                organisation.nameEn(),
                organisation.nameAr(),
                organisation.active(),
                organisation.version());
    }
}
