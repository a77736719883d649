package org.masar.access;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.geo.SiteId;

/**
 * The site each user usually works at, which the forms of other modules (collect, DTM, SAR) offer first. Only a site in
 * use can be chosen; when a site is deactivated, it stops being anyone's default (each change is audited).
 */
public interface DefaultSites {

    /** The user's default site, if they have one; any signed-in user may ask (it is an id, nothing personal). */
    Optional<SiteId> of(UserId user);

    /**
     * Sets or (with null) clears a user's default site; needs {@code access:manage}. Throws {@link UserNotFound},
     * {@code geo.SiteNotFound}, and {@code geo.SiteNotActive} for a site out of use.
     */
    void choose(UserId user, @Nullable SiteId site);
}
