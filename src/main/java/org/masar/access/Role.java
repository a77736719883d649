package org.masar.access;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A role as the administration shows it. Built-in roles are labelled from the bundles ({@code access.role.<CODE>})
 * and cannot be changed; custom roles carry their own names.
 *
 * @param missionWide whether holders are unrestricted for each kind of scope they have no explicit limit of
 * @param permissions the permissions granted, sorted
 * @param holders how many accounts hold the role
 */
public record Role(
        String code,
        boolean builtIn,
        boolean missionWide,
        @Nullable String nameEn,
        @Nullable String nameAr,
        List<String> permissions,
        long holders,
        int version) {

    public Role {
        permissions = List.copyOf(permissions);
    }
}
