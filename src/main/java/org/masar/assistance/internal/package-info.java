/** The assistance module's implementation. */
@NullMarked
package org.masar.assistance.internal;

import org.jspecify.annotations.NullMarked;
