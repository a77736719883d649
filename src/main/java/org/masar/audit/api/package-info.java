/** Implementation of the audit module. */
@NullMarked
package org.masar.audit.api;

import org.jspecify.annotations.NullMarked;
