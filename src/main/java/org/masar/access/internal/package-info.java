/** Implementation of the access module; nothing outside it may use these types. */
@NullMarked
package org.masar.access.internal;

import org.jspecify.annotations.NullMarked;
