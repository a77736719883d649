package org.masar.shared;

import java.util.List;

/**
 * Which page of a list a caller asked for, made safe: the page is at least 0 and the size within 1..{@link #MAX_SIZE},
 * so that no request pulls a whole table nor sends a negative {@code OFFSET} to the database.
 *
 * <p>Controllers make one from the {@code page} and {@code size} request parameters and hand it to the face; read
 * sides put {@link #limit()} and {@link #offset()} into their SQL and answer with {@link #page(List, long)}:
 *
 * <pre>{@code
 * List<Site> items = jdbc.sql(SELECT + WHERE + " ORDER BY s.code LIMIT :limit OFFSET :offset")
 *         .param("limit", paging.limit()).param("offset", paging.offset())...list();
 * return paging.page(items, total);
 * }</pre>
 *
 * @param page zero-based page number
 * @param size items per page
 */
public record Paging(int page, int size) {

    /** The largest page size any list accepts. */
    public static final int MAX_SIZE = 200;

    /** The page size of the API when the caller names none (the {@code size} parameter's default). */
    public static final int DEFAULT_SIZE = 50;

    public Paging {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(MAX_SIZE, size));
    }

    /** The first page of the given size. */
    public static Paging first(int size) {
        return new Paging(0, size);
    }

    /** The SQL {@code LIMIT}. */
    public int limit() {
        return size;
    }

    /** The SQL {@code OFFSET}; a long, because page × size may exceed an int for a far-off page. */
    public long offset() {
        return (long) page * size;
    }

    /** This page of a list whose items the database already limited, with the total the same filter counted. */
    public <T> PageJson<T> page(List<T> items, long total) {
        return new PageJson<>(items, page, size, total);
    }

    /** This page of a short list held whole in memory (roles, offices, tokens). */
    public <T> PageJson<T> slice(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new PageJson<>(all.subList(from, to), page, size, all.size());
    }
}
