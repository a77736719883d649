/** The assistance module's JSON API. */
@NullMarked
package org.masar.assistance.api;

import org.jspecify.annotations.NullMarked;
