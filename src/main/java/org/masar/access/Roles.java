package org.masar.access;

import java.util.List;
import java.util.Optional;

/** Roles and the permission catalogue. Needs {@code access:manage}; every change is audited. */
public interface Roles {

    /** Every role, built-in ones first, then by code. */
    List<Role> list();

    Optional<Role> find(String code);

    /** @throws RoleNotFound when there is no such role */
    Role get(String code);

    /** The permissions that may be granted, sorted ({@code module:action}). */
    List<String> permissionCatalogue();

    /**
     * Creates a custom role.
     *
     * @param code upper case letters, digits and underscores
     * @throws RoleCodeTaken when the code is used already
     * @throws UnknownReference when a permission is not in the catalogue
     */
    Role create(String code, RoleDraft draft);

    /**
     * Changes a custom role; {@code version} is the one read before.
     *
     * @throws BuiltInRoleLocked for a built-in role
     */
    Role update(String code, RoleDraft draft, int version);
}
