package org.masar.access;

import java.util.UUID;
import org.masar.shared.NotFoundException;

/** No API token with this id belongs to the signed-in user: a 404 problem {@code access.token-not-found}. */
public class ApiTokenNotFound extends NotFoundException {

    public ApiTokenNotFound(UUID id) {
        super("access.token-not-found", id);
    }
}
