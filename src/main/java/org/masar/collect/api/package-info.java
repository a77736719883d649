/** The collect module's JSON API under {@code /api/v1/collect} and {@code /api/v1/account/collect-passwords}. */
@NullMarked
package org.masar.collect.api;

import org.jspecify.annotations.NullMarked;
