/** The assistance module's pages. */
@NullMarked
package org.masar.assistance.web;

import org.jspecify.annotations.NullMarked;
