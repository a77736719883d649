/** Implementation of the audit module. */
@NullMarked
package org.masar.audit.internal;

import org.jspecify.annotations.NullMarked;
