/** The cases module's inside: services, stores and listeners that only the module's face and web layers use. */
@NullMarked
package org.masar.cases.internal;

import org.jspecify.annotations.NullMarked;
