/**
 * People's pages, sized for a phone and in Arabic or English: the search list, the registration form that shows likely
 * duplicates before saving, and a person's record with its timeline. They call only the module's face ({@link
 * org.masar.people.People}, {@link org.masar.people.PersonTimeline}), which checks permissions and scopes and audits.
 */
@NullMarked
package org.masar.people.web;

import org.jspecify.annotations.NullMarked;
