/** Placeholder of the duplicate engine's contract; the engine branch replaces this package. */
@NullMarked
package org.masar.people.internal.matching;

import org.jspecify.annotations.NullMarked;
