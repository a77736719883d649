/**
 * The approvals' implementation: the command aggregate that guards its decision, its repository, the read side and
 * the service that checks who may decide, runs the handlers and audits every step.
 */
@NullMarked
package org.masar.approvals.internal;

import org.jspecify.annotations.NullMarked;
