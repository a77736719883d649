package org.masar.access;

import org.masar.shared.NotFoundException;

/** No account has this id. */
public class UserNotFound extends NotFoundException {

    public UserNotFound(UserId id) {
        super("access.user-not-found", id.toString());
    }
}
