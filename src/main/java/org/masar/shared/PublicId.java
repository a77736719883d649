package org.masar.shared;

import java.util.UUID;

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
}
