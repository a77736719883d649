/** The people module's pages: here, a person's household, consents and screenings. */
@NullMarked
package org.masar.people.web;

import org.jspecify.annotations.NullMarked;
