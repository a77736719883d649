/**
 * The Libyan gazetteer: the 3 regions, 22 mantika and 100 baladiya of the DTM's hierarchy with their P-codes, and the
 * sites (disembarkation points, detention centres, flow-monitoring points, facilities, offices…) that sit in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gazetteer")
@NullMarked
package org.masar.geo;

import org.jspecify.annotations.NullMarked;
