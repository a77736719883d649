package org.masar.access.internal;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.masar.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps each account's TOTP secret sealed in the database and checks codes against it, each code once only. */
@Component
class SecondFactors {

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final TotpCodes codes;

    SecondFactors(JdbcClient jdbc, SecretBox box, TotpCodes codes) {
        this.jdbc = jdbc;
        this.box = box;
        this.codes = codes;
    }

    /** Keeps a new secret for the account, not yet enabled; any earlier unconfirmed secret is replaced. */
    byte[] newPendingSecret(UUID accountId) {
        byte[] secret = codes.newSecret();
        jdbc.sql("""
                        UPDATE access_user SET totp_secret = :sealed, totp_enabled = false, totp_last_step = NULL
                         WHERE id = :id AND NOT totp_enabled
                        """).param("sealed", box.seal(secret)).param("id", accountId).update();
        return secret;
    }

    /** The account's secret (enabled or awaiting confirmation), if it has one. */
    Optional<byte[]> secret(UUID accountId) {
        return jdbc.sql("SELECT totp_secret FROM access_user WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", accountId)
                .query(String.class)
                .optional()
                .map(box::open);
    }

    /**
     * Whether the code is valid now for the account's secret and was not used before. A valid code's time step is
     * recorded in the same statement that checks it, so two nodes cannot both accept the same code.
     */
    boolean accept(UUID accountId, String code) {
        Optional<byte[]> secret = secret(accountId);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = codes.matchingStep(secret.get(), code);
        if (step.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                                UPDATE access_user SET totp_last_step = :step
                                 WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                                """)
                        .param("step", step.getAsLong())
                        .param("id", accountId)
                        .update()
                == 1;
    }

    void enable(UUID accountId) {
        jdbc.sql("UPDATE access_user SET totp_enabled = true WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", accountId)
                .update();
    }

    void disable(UUID accountId) {
        jdbc.sql("""
                        UPDATE access_user SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL
                         WHERE id = :id
                        """).param("id", accountId).update();
    }
}
