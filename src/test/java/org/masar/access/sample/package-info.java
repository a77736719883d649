/**
 * A sample module table guarded as restricted, present only in tests: the example later modules follow (one {@code
 * CALL access_restrict_table(...)} in the migration, {@link org.masar.access.RestrictedRecords#checkRead} before each
 * read) and the test bed of the mechanism through HTTP. It is not part of the application, its API or its OpenAPI
 * document; its table comes from {@code db/test-migration}, which only the test profile adds.
 */
@NullMarked
package org.masar.access.sample;

import org.jspecify.annotations.NullMarked;
