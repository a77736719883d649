package org.masar.access;

import org.masar.shared.ConflictException;

/** Another account already uses this username (usernames are unique whatever their letter case). */
public class UsernameTaken extends ConflictException {

    public UsernameTaken(String username) {
        super("access.username-taken", username);
    }
}
