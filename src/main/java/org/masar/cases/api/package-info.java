/** The cases module's JSON API: {@code /api/v1/cases} and {@code /api/v1/case-types}. */
@NullMarked
package org.masar.cases.api;

import org.jspecify.annotations.NullMarked;
