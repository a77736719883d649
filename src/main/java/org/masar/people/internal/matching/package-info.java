/**
 * The duplicate-detection engine of the people module: plain, thread-safe Java with no Spring and no database.
 *
 * <p>{@link org.masar.people.internal.matching.DuplicateEngine#profile} derives, once per person, the normalised name
 * tokens (Arabic orthography folded, transliterated by ICU into one Latin consonant skeleton, common names grouped by a
 * curated table), the blocking keys, and the compact encoding stored with the person; {@link
 * org.masar.people.internal.matching.DuplicateEngine#compare} scores two such profiles and says why. See
 * docs/people-duplicate-engine.md.
 */
@NullMarked
package org.masar.people.internal.matching;

import org.jspecify.annotations.NullMarked;
