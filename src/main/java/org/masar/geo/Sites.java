package org.masar.geo;

import java.util.Optional;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * The sites the mission works at or monitors, each in one baladiya.
 *
 * <p>Reads need {@code geo:read}, changes {@code geo:manage}; every change is recorded in the audit trail (by id and
 * code, never by name). Sites are deactivated rather than deleted, because other modules' records point to them.
 */
public interface Sites {

    /**
     * Creates a site. Throws {@link BaladiyaNotFound} for an unknown baladiya, {@link BaladiyaNotCurrent} for one no
     * longer in OCHA's table, and {@link DuplicateSiteCode} when another site has the code.
     */
    SiteId create(SiteDetails details);

    /**
     * Replaces what is stated about a site. {@code expectedVersion} is the version the user edited; if the site changed
     * since, Spring's {@code OptimisticLockingFailureException} (a 409) is thrown. Throws as {@link #create} does, and
     * {@link SiteNotFound}.
     */
    Site update(SiteId id, int expectedVersion, SiteDetails details);

    /**
     * Takes a site out of use: it stays listed as inactive, records that point to it keep it, and {@link SiteDeactivated}
     * tells other modules to stop offering it. Throws {@link SiteNotActive} when it already is out of use, and
     * {@link SiteNotFound}.
     */
    Site deactivate(SiteId id);

    /**
     * Puts a deactivated site back into use and publishes {@link SiteReactivated}. Throws {@link SiteAlreadyActive}
     * when it is in use, and {@link SiteNotFound}.
     */
    Site reactivate(SiteId id);

    /** A site by its id. */
    Optional<Site> find(SiteId id);

    /** A site by its id; throws {@link SiteNotFound}. */
    Site get(SiteId id);

    /** One page of the sites matching the filter, by code. */
    PageJson<Site> search(SiteFilter filter, Paging paging);
}
