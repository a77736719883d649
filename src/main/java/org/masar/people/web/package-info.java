/** The people module's pages: search, registration with duplicate candidates, a person's record, the photo. */
@NullMarked
package org.masar.people.web;

import org.jspecify.annotations.NullMarked;
