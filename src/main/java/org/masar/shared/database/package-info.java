/** The default embedded database and its start-up; nothing else in Masar depends on it. */
@NullMarked
package org.masar.shared.database;

import org.jspecify.annotations.NullMarked;
