/** The approvals' REST API under {@code /api/v1/approvals}: the queue, a command, and its decision. */
@NullMarked
package org.masar.approvals.api;

import org.jspecify.annotations.NullMarked;
