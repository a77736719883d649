/**
 * A test-only command type, {@code test.echo}, whose handler records that it ran: the approvals' tests use it as a
 * module would use the mechanism. None of it ships in the application.
 */
@NullMarked
package org.masar.approvals.sample;

import org.jspecify.annotations.NullMarked;
