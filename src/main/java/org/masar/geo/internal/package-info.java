/** The gazetteer's implementation: SQL over the geo_* tables, the boundary shapes, and the sites' business steps. */
@NullMarked
package org.masar.geo.internal;

import org.jspecify.annotations.NullMarked;
