package org.masar.access;

import java.util.Set;

/** What an administrator sets on a custom role: its names, whether it is mission-wide, and its permissions. */
public record RoleDraft(String nameEn, String nameAr, boolean missionWide, Set<String> permissions) {

    public RoleDraft {
        permissions = Set.copyOf(permissions);
    }
}
