/** The cases module's JSON API: {@code /api/v1/cases…}, {@code /api/v1/case-types} and {@code /api/v1/case-tasks}. */
@NullMarked
package org.masar.cases.api;

import org.jspecify.annotations.NullMarked;
