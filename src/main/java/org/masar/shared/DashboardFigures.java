package org.masar.shared;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A module's figures for the dashboard. Each module that has something to show declares one bean; the dashboard shows
 * the figures of every contribution whose permission the signed-in user holds, so modules add figures without the
 * dashboard knowing them.
 */
public interface DashboardFigures {

    /**
     * The permission needed to see these figures (and to follow their links); null for figures every signed-in user
     * has, each computed for them (what waits for their decision, say).
     */
    @Nullable
    String permission();

    /** Whether a user holding these permissions sees the figures. */
    default boolean isFor(Set<String> permissions) {
        String needed = permission();
        return needed == null || permissions.contains(needed);
    }

    /** The figures, computed now; called only for users holding {@link #permission()}. */
    List<Figure> figures();

    /**
     * One number on the dashboard.
     *
     * @param labelKey message key of its label
     * @param value the number
     * @param link where the user reads the detail behind it
     */
    record Figure(String labelKey, long value, String link) {}
}
