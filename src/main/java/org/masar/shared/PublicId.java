package org.masar.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.UUID;
import java.util.function.Function;

/**
 * An opaque public id: a record of one {@link UUID} ({@code record SiteId(UUID value) implements PublicId}).
 *
 * <p>Implementing it is all an id type needs: a path or request parameter of that type is read by one converter for
 * all ids (a malformed one is a {@code not-found} problem, 404, whatever the type), and an aggregate may use it as its
 * {@code @Id} and in its columns, stored as PostgreSQL {@code uuid}. The record must have exactly one component, the
 * UUID, and a public canonical constructor.
 */
public interface PublicId {

    /** The UUID this id wraps. */
    UUID value();

    /**
     * How to make an id of the given type from its UUID, for the converters that read ids from paths and columns.
     * Throws {@link IllegalArgumentException} for a type that is not a record of exactly one UUID with a public
     * constructor, so a mistaken id type fails at start-up rather than on a request.
     */
    static <T extends PublicId> Function<UUID, T> factory(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length != 1 || components[0].getType() != UUID.class) {
            throw new IllegalArgumentException(type.getName() + " must be a record of exactly one UUID");
        }
        Constructor<T> constructor;
        try {
            constructor = type.getConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public constructor from its UUID", e);
        }
        return uuid -> {
            try {
                return constructor.newInstance(uuid);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
            }
        };
    }
}
