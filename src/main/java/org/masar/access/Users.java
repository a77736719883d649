package org.masar.access;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * User accounts: their administration (needs {@code access:manage}; every change is audited) and, for other modules,
 * who the signed-in user is and where they may work.
 */
public interface Users {

    /** One page of the accounts whose username or display name contains {@code search} (all when blank), by username. */
    PageJson<UserAccount> list(@Nullable String search, Paging paging);

    Optional<UserAccount> find(UserId id);

    /** @throws UserNotFound when there is no such account */
    UserAccount get(UserId id);

    /**
     * Creates an account with a generated one-time password that must be changed at first sign-in.
     *
     * @throws UsernameTaken when the username is used already (in any letter case)
     */
    CreatedUser create(NewUser user);

    /** Replaces the profile of an account, roles and scopes included; {@code version} is the one read before. */
    UserAccount update(UserId id, UserProfile profile, int version);

    /** Stops the account from signing in; an administrator cannot disable their own account. */
    UserAccount disable(UserId id);

    UserAccount enable(UserId id);

    /** Gives the account a new one-time password, to be shown once, that must be changed at next sign-in. */
    OneTimePassword resetPassword(UserId id);

    /** Clears a lock-out caused by failed sign-ins. */
    UserAccount unlock(UserId id);

    /** Where the account may work (no permission needed: modules use it to filter what a user sees). */
    Scopes scopesOf(UserId id);

    /**
     * Where the signed-in user ({@link CurrentUser#find()}) may work; {@link Scopes#none()} when nobody is signed in,
     * so that a list filtered by it shows nothing rather than everything.
     */
    Scopes currentScopes();
}
