/** Implementation of the audit module. */
@NullMarked
package org.masar.audit.web;

import org.jspecify.annotations.NullMarked;
