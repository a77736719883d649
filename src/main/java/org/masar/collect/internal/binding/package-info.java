/**
 * The mappers of form bindings: one per Masar target (DTM assessments and flow-monitoring surveys, people's screening
 * and registration), each calling the target module's public face as the user who acts, and the checks and readers
 * of the mapping JSON they share ({@link org.masar.collect.internal.binding.MappingCheck},
 * {@link org.masar.collect.internal.binding.MappedAnswers}).
 */
@NullMarked
package org.masar.collect.internal.binding;

import org.jspecify.annotations.NullMarked;
