/** The JSON API of the cases module. */
@NullMarked
package org.masar.cases.api;

import org.jspecify.annotations.NullMarked;
