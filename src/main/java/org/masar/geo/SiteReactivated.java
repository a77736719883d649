package org.masar.geo;

/**
 * A deactivated site was put back into use. Carries the id only.
 *
 * @param id the site
 */
public record SiteReactivated(SiteId id) {}
