package org.masar.geo.internal;

import java.util.Optional;
import org.masar.geo.SiteId;
import org.springframework.data.repository.Repository;

/** Loads and saves a site's lifecycle; nothing else, so every change goes through the aggregate's transitions. */
interface SiteLifecycleRepository extends Repository<SiteLifecycle, SiteId> {

    Optional<SiteLifecycle> findById(SiteId id);

    /** Saves the transition and publishes the events it raised, in the caller's transaction. */
    SiteLifecycle save(SiteLifecycle site);
}
