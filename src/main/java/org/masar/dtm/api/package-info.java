/** The DTM's JSON API under {@code /api/v1/dtm}. */
@NullMarked
package org.masar.dtm.api;

import org.jspecify.annotations.NullMarked;
