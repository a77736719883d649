/**
 * What every module's Spring Data JDBC aggregates share: how their {@link org.masar.shared.PublicId} ids are stored.
 */
@NullMarked
package org.masar.shared.persistence;

import org.jspecify.annotations.NullMarked;
