/** The Displacement Tracking Matrix's implementation: SQL over the dtm_* tables and the business steps. */
@NullMarked
package org.masar.dtm.internal;

import org.jspecify.annotations.NullMarked;
