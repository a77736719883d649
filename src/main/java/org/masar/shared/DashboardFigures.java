package org.masar.shared;

import java.util.List;

/**
 * A module's figures for the dashboard. Each module that has something to show declares one bean; the dashboard shows
 * the figures of every contribution whose permission the signed-in user holds, so modules add figures without the
 * dashboard knowing them.
 */
public interface DashboardFigures {

    /** The permission needed to see these figures (and to follow their links). */
    String permission();

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
