package org.masar.access;

import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Masar's own identity, for work no signed-in user does: event listeners and scheduled jobs (a merge of two persons
 * re-pointing their restricted records, a nightly clean-up). Row-level security knows it: it reads and writes every
 * restricted row, so that such work is not silently blind to them. Each use is audited with its reason, and the
 * entries it causes name {@value #NAME} as the actor.
 *
 * <p>It is not an account: nobody can sign in as it or hold an API token for it, and {@link CurrentUser#find()} stays
 * empty while it acts (it is no user). Use it for the narrowest piece of work, never to get around a refusal a user
 * met.
 */
public interface SystemIdentity {

    /** The id that row-level security knows the system identity by (SQL {@code access_system_user()}). */
    UserId ID = new UserId(UUID.fromString("00000000-0000-0000-0000-00000000057e"));

    /** The actor the audit trail names; not a possible username (those start with a letter or digit). */
    String NAME = "@system";

    /**
     * Runs {@code work} as the system identity on this thread and returns its result; whoever acted before is back
     * afterwards. If a transaction is already open, it acts as the system identity for the duration of the work.
     *
     * @param reason why, for the audit entry that starts the run (a short code or sentence, no personal data)
     */
    <T extends @Nullable Object> T run(String reason, Supplier<T> work);

    /** As {@link #run(String, Supplier)}, for work without a result. */
    default void run(String reason, Runnable work) {
        run(reason, () -> {
            work.run();
            return null;
        });
    }

    /** Whether the current thread acts as the system identity. */
    boolean isActive();
}
