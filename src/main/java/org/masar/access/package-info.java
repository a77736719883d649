/**
 * Who may do what, and where: users, organisations (the mission and its partners), offices, roles bundling named
 * permissions ({@code module:action}), scopes, sign-in with a second factor, API tokens, and the sensitivity rule for
 * restricted records.
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
