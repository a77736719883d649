/** How people are registered, matched, found and kept: package-private, reached through the module's face. */
@NullMarked
package org.masar.people.internal;

import org.jspecify.annotations.NullMarked;
