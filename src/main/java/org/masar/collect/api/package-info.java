/** The collect module's JSON API under {@code /api/v1/collect}. */
@NullMarked
package org.masar.collect.api;

import org.jspecify.annotations.NullMarked;
