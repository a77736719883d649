package org.masar.access;

import java.util.Set;

/**
 * The signed-in user as other modules need them: who they are, what they may do, and where.
 *
 * @param id the account's public id
 * @param username the sign-in name
 * @param permissions the permissions their roles grant ({@code module:action})
 * @param scopes where they may work
 */
public record CurrentUser(UserId id, String username, Set<String> permissions, Scopes scopes) {

    public CurrentUser {
        permissions = Set.copyOf(permissions);
    }
}
