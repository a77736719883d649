/**
 * Who may do what, and where: users, organisations (the mission and its partners), offices, roles bundling named
 * permissions ({@code module:action}), scopes, sign-in with a second factor, API tokens, the sensitivity rule for
 * restricted records ({@link org.masar.access.RestrictedRecords}: one {@code CALL access_restrict_table(...)} in a
 * module's migration declares its table restricted), and the audited {@link org.masar.access.SystemIdentity} that
 * listeners and scheduled jobs act under.
 *
 * <p>Other modules never ask this module whether a user may act: they check the permission on the signed-in
 * principal ({@code hasAuthority('people:read')}), which this module fills in at sign-in.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access",
        allowedDependencies = {"audit", "geo"})
@NullMarked
package org.masar.access;

import org.jspecify.annotations.NullMarked;
