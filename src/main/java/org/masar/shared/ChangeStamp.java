package org.masar.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Caches of what is read at every request and changes rarely (an account's state, a collect password, a form's state,
 * a site) that are never staler than the database, on any node. PostgreSQL keeps one change stamp
 * ({@code shared_change_stamp}); triggers on each table such values are read from move it when a transaction that
 * changed the table commits, atomically with the change (migration V53, {@code shared_stamp_changes_of}). A value
 * cached under a stamp is used only while the stamp has not moved since; the next change anywhere moves it, and every
 * node reads again.
 *
 * <p>Reading the stamp is one small query, so a cache pays only where its value costs more to read than that, or
 * where one request reads several cached values: such a request reads the stamp once at its start
 * ({@link #rememberFor}) and the values it reads are as of that moment. Only a request that changes no stamped table
 * may do so (the OpenRosa endpoints); elsewhere each read reads the stamp. A transaction that has changed a stamped
 * table reads the stamp as pending until it ends: its reads bypass the caches and see its own writes.
 *
 * <p>A module that caches a value this way stamps every table the value is read from in its migration
 * ({@code CALL shared_stamp_changes_of('table')}); a table left out would let the cache serve a changed value.
 */
@Component
public class ChangeStamp {

    private static final String REMEMBERED = ChangeStamp.class.getName();

    /** What the stamp reads as in a transaction that has changed a stamped table: read the database. */
    private static final long PENDING = -1;

    private final JdbcClient jdbc;

    ChangeStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamp now: the one this request remembered, else read (in the caller's transaction, if any). */
    long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST) instanceof Long stamp) {
            return stamp;
        }
        return read();
    }

    private long read() {
        return jdbc.sql("""
                        SELECT CASE WHEN current_setting('masar.change_pending', true) = 'yes' THEN -1 ELSE stamp END
                          FROM shared_change_stamp
                        """).query(Long.class).single();
    }

    /**
     * Reads the stamp once for the rest of a request that changes no stamped table: the cached values it reads are
     * then as of its start, as if it had read them all then.
     */
    public void rememberFor(HttpServletRequest request) {
        request.setAttribute(REMEMBERED, read());
    }

    /** A new cache of at most {@code maximumSize} values under this stamp. */
    public <K, V> Cache<K, V> cache(int maximumSize) {
        return new Cache<>(this, maximumSize);
    }

    /** Values by key, each kept with the stamp it was read under. */
    public static final class Cache<K, V> {

        private record Stamped<V>(long stamp, V value) {}

        private final ChangeStamp stamps;
        private final com.github.benmanes.caffeine.cache.Cache<K, Stamped<V>> values;

        private Cache(ChangeStamp stamps, int maximumSize) {
            this.stamps = stamps;
            this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
        }

        /**
         * The value of {@code key}: the cached one if it was read under the stamp of now (or a later one), else
         * {@code load}'s, cached. {@code load} must not return null (return an {@code Optional} for "none").
         */
        public V get(K key, Function<? super K, ? extends V> load) {
            long stamp = stamps.current();
            if (stamp == PENDING) {
                return load.apply(key);
            }
            Stamped<V> cached = values.getIfPresent(key);
            if (cached != null && cached.stamp() >= stamp) {
                return cached.value();
            }
            // read after the stamp: the value is at least as new as the stamp it is kept under
            V value = load.apply(key);
            values.put(key, new Stamped<>(stamp, value));
            return value;
        }
    }
}
