package org.masar.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the faces return it and the API sends it: the items, the zero-based page number, the page
 * size and the total number of items. In JSON: {@code {"items": [...], "page": 0, "size": 50, "total": 123}}.
 *
 * <p>Build it with {@link Paging#page} (SQL read sides) or {@link Paging#slice} (short lists a face returns whole);
 * controllers turn its items into their JSON or view records with {@link #map}.
 *
 * @param <T> the item type
 */
public record PageJson<T>(List<T> items, int page, int size, long total) {

    public PageJson {
        items = List.copyOf(items);
    }

    /** The largest page size any list accepts, so that one request cannot pull a whole table. */
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    /** Clamps a requested page size into 1..{@link #MAX_SIZE}; new code takes a {@link Paging}, which does it. */
    public static int clampSize(int requested) {
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }

    /** The same page with each item turned into another type (a JSON record, a table row). */
    public <R> PageJson<R> map(Function<? super T, ? extends R> mapper) {
        return new PageJson<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /** How many pages the whole list has (at least 1, so that a pager always shows its first page). */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
