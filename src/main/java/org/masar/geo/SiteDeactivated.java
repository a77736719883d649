package org.masar.geo;

/**
 * A site was taken out of use: other modules stop offering it for new records (records that point to it stay). Carries
 * the id only; a listener that needs more asks {@link Sites}.
 *
 * @param id the site
 */
public record SiteDeactivated(SiteId id) {}
