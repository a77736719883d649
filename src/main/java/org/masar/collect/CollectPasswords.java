package org.masar.collect;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user's collect passwords: one per phone, for ODK Collect, KoboCollect and scripts on the OpenRosa
 * endpoints (HTTP Basic or Digest with the account's username). They are separate from the account's password and
 * second factor, which phones never see. Every step needs {@code collect:submit}, acts on the current user only, and
 * is audited.
 */
public interface CollectPasswords {

    /**
     * Creates a collect password, shown once with ODK Collect's settings QR code; only its hashes are kept.
     *
     * @param serverUrl Masar's base URL as the phone must reach it
     */
    IssuedCollectPassword create(String name, String serverUrl);

    /** The current user's collect passwords, newest first, revoked ones included. */
    List<CollectPassword> mine();

    /**
     * Revokes one of the current user's collect passwords: it stops working at the next request. Revoking a revoked
     * password changes nothing.
     *
     * @throws CollectPasswordNotFound when the user has no such password
     */
    void revoke(UUID id);
}
