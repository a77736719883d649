/** Masar's root package: the application class only; every capability lives in a module package below. */
@NullMarked
package org.masar;

import org.jspecify.annotations.NullMarked;
