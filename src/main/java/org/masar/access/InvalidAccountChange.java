package org.masar.access;

import org.masar.shared.ConflictException;

/**
 * The change contradicts the current accounts: a supervisor loop, or administrators disabling their own account. The
 * code names which ({@code access.supervisor-loop}, {@code access.cannot-disable-self}).
 */
public class InvalidAccountChange extends ConflictException {

    public InvalidAccountChange(String code, Object... arguments) {
        super(code, arguments);
    }
}
