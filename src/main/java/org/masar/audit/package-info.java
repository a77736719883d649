/**
 * The append-only audit trail of who did and who read what, from where and why, chained by a keyed HMAC.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {})
@NullMarked
package org.masar.audit;

import org.jspecify.annotations.NullMarked;
