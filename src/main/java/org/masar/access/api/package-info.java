/**
 * The access module's REST API: the signed-in user's API tokens, administration under {@code /api/v1/admin}, and the
 * restricted-record sample.
 */
@NullMarked
package org.masar.access.api;

import org.jspecify.annotations.NullMarked;
