/** The access module's pages: sign-in, account and administration. */
@NullMarked
package org.masar.access.web;

import org.jspecify.annotations.NullMarked;
