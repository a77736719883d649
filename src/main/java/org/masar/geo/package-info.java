/**
 * The Libyan gazetteer: the 3 regions, 22 mantika, 100 baladiya and 667 muhalla of OCHA's Libya hierarchy with their
 * P-codes and English and Arabic names ({@link org.masar.geo.Gazetteer}), and the sites (disembarkation points,
 * detention centres, flow-monitoring points, facilities, offices…) that sit in them ({@link org.masar.geo.Sites}).
 *
 * <p>It sits at the bottom of the module graph: other modules hold P-codes and site ids and look them up here. It
 * depends on the audit trail only; permissions are checked by authority names ({@code geo:read}, {@code geo:manage}),
 * not through the access module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gazetteer",
        allowedDependencies = {"audit"})
@NullMarked
package org.masar.geo;

import org.jspecify.annotations.NullMarked;
