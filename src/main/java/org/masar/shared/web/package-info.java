/** The web shell: layout model, locale handling, problem rendering and the dashboard page. */
@NullMarked
package org.masar.shared.web;

import org.jspecify.annotations.NullMarked;
