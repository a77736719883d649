/** The DTM module's implementation: aggregates, services, read sides. Package-private; reached through the faces. */
@NullMarked
package org.masar.dtm.internal;

import org.jspecify.annotations.NullMarked;
