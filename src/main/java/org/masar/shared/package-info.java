/**
 * The shared kernel every module may use: problem details with stable codes ({@link org.masar.shared.ProblemException}),
 * the page layout and locale handling, pagination of API lists, and the clock.
 *
 * <p>It holds no business rules and no data of its own beyond the registry and session tables.
 */
@NullMarked
package org.masar.shared;

import org.jspecify.annotations.NullMarked;
