package org.masar.access.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.Role;

/** A role and its permissions. */
record RoleJson(
        String code,
        boolean builtIn,
        boolean missionWide,
        @Nullable String nameEn,
        @Nullable String nameAr,
        List<String> permissions,
        long holders,
        int version) {

    static RoleJson of(Role role) {
        return new RoleJson(
                role.code(),
                role.builtIn(),
                role.missionWide(),
                role.nameEn(),
                role.nameAr(),
                role.permissions(),
                role.holders(),
                role.version());
    }
}
