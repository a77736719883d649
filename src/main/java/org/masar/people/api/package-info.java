/** The people module's JSON API under {@code /api/v1/people}. */
@NullMarked
package org.masar.people.api;

import org.jspecify.annotations.NullMarked;
