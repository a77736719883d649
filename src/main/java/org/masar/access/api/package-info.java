/** The access module's REST API: the signed-in user's API tokens. */
@NullMarked
package org.masar.access.api;

import org.jspecify.annotations.NullMarked;
