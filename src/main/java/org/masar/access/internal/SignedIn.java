package org.masar.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signed-in account, read from the security context of the current thread. */
final class SignedIn {

    private SignedIn() {}

    /**
     * The signed-in account's id: from the principal when this module signed it in ({@link CurrentUser}), otherwise
     * looked up by username (a principal made elsewhere, such as a test's).
     */
    static Optional<UserId> accountId(JdbcClient jdbc) {
        Optional<CurrentUser> current = CurrentUser.find();
        if (current.isPresent()) {
            return Optional.of(current.get().id());
        }
        return Actor.username()
                .flatMap(name -> jdbc.sql("SELECT id FROM access_user WHERE lower(username) = lower(:username)")
                        .param("username", name)
                        .query(UUID.class)
                        .optional()
                        .map(UserId::new));
    }
}
