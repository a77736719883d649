/** The Displacement Tracking Matrix's REST API under {@code /api/v1/dtm}. */
@NullMarked
package org.masar.dtm.api;

import org.jspecify.annotations.NullMarked;
