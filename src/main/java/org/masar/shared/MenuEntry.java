package org.masar.shared;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the main menu. A module that has pages declares one bean per entry (in its {@code web} package); the
 * layout shows, in {@link #order()}, the entries whose permission the signed-in user holds, so a module adds its menu
 * entry without editing the layout.
 *
 * @param labelKey message key of its label, in the module's bundle ({@code geo.menu.sites})
 * @param link where it leads, relative to the application ({@code /geo/sites})
 * @param permission the permission needed to see it (and to use what it leads to); null for a page every signed-in
 *     user has (such as the approvals queue, where each sees what concerns them)
 * @param order its place: lower comes first; the foundation uses 100 (gazetteer) to 900 (audit), in steps of 100,
 *     so that later modules fit between
 */
public record MenuEntry(
        String labelKey, String link, @Nullable String permission, int order) {

    /** Whether a user holding these permissions sees the entry. */
    public boolean isFor(java.util.Set<String> permissions) {
        return permission == null || permissions.contains(permission);
    }
}
