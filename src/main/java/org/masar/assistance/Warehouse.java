package org.masar.assistance;

import org.masar.geo.SiteId;

/**
 * A warehouse stock was recorded in: a geo site of type WAREHOUSE, with its code and names as last seen.
 *
 * @param id the site's id
 * @param code the site's code
 * @param nameEn English name
 * @param nameAr Arabic name
 */
public record Warehouse(SiteId id, String code, String nameEn, String nameAr) {}
