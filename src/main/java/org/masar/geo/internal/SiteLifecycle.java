package org.masar.geo.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteAlreadyActive;
import org.masar.geo.SiteDeactivated;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotActive;
import org.masar.geo.SiteReactivated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A site as something with states: in use, or taken out of use. It guards its transitions and raises their events;
 * {@link SiteLifecycleRepository#save} publishes them into the event publication registry with the transaction.
 *
 * <p>Only the columns the lifecycle owns are mapped: what a site is (code, names, place) is plain reference data,
 * edited through {@code JdbcClient} in {@link SiteService} and read through {@link SiteQueries}. It is not called
 * {@code Site} because that name is the module's read model ({@link org.masar.geo.Site}).
 */
@Table("geo_site")
class SiteLifecycle extends AbstractAggregateRoot<SiteLifecycle> {

    @Id
    private final SiteId id;

    /** For the audit entry, which names a site by id and code; never written from here. */
    @ReadOnlyProperty
    private final String code;

    private boolean active;
    private @Nullable Instant deactivatedAt;
    private @Nullable String deactivatedBy;
    private Instant updatedAt;
    private String updatedBy;

    /** Spring Data JDBC's optimistic lock: a save of a stale copy fails, on any node. */
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    SiteLifecycle(
            SiteId id,
            String code,
            boolean active,
            @Nullable Instant deactivatedAt,
            @Nullable String deactivatedBy,
            Instant updatedAt,
            String updatedBy,
            @Nullable Integer version) {
        this.id = id;
        this.code = code;
        this.active = active;
        this.deactivatedAt = deactivatedAt;
        this.deactivatedBy = deactivatedBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    /** Takes the site out of use; refused with {@link SiteNotActive} when it already is. */
    void deactivate(String by, Instant at) {
        if (!active) {
            throw new SiteNotActive(id);
        }
        active = false;
        deactivatedAt = at;
        deactivatedBy = by;
        updatedAt = at;
        updatedBy = by;
        registerEvent(new SiteDeactivated(id));
    }

    /** Puts the site back into use; refused with {@link SiteAlreadyActive} when it is in use. */
    void reactivate(String by, Instant at) {
        if (active) {
            throw new SiteAlreadyActive(id);
        }
        active = true;
        deactivatedAt = null;
        deactivatedBy = null;
        updatedAt = at;
        updatedBy = by;
        registerEvent(new SiteReactivated(id));
    }

    /** The events raised and not yet published; overridden only so that this package's tests can read them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    SiteId id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    @Nullable
    Instant deactivatedAt() {
        return deactivatedAt;
    }

    @Nullable
    String deactivatedBy() {
        return deactivatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
