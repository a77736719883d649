package org.masar.shared;

import java.util.List;

/**
 * One page of an API list: the items, the zero-based page number, the page size and the total number of items.
 *
 * @param <T> the item type
 */
public record PageJson<T>(List<T> items, int page, int size, long total) {

    public PageJson {
        items = List.copyOf(items);
    }

    /** The largest page size any list accepts, so that one request cannot pull a whole table. */
    public static final int MAX_SIZE = 200;

    /** Clamps a requested page size into 1..{@link #MAX_SIZE}. */
    public static int clampSize(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }
}
