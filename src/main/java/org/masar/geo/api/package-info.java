/** The gazetteer's REST API under {@code /api/v1/geo}: the hierarchy, the boundary shapes and the sites. */
@NullMarked
package org.masar.geo.api;

import org.jspecify.annotations.NullMarked;
