package org.masar.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.AccountSecurity.ApiToken;
import org.masar.access.AccountSecurity.IssuedApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens: 256 random bits, shown once, kept only as their SHA-256 (a random token of that size needs no slow
 * hash: there is no dictionary to try), looked up by that hash at each use.
 */
@Component
class ApiTokenStore {

    static final String SCHEME_PREFIX = "msr_";
    private static final int TOKEN_BYTES = 32;
    private static final int SHOWN_PREFIX = SCHEME_PREFIX.length() + 8;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    IssuedApiToken issue(UUID userId, String actor, String name, Instant expiresAt) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_api_token (id, user_id, name, prefix, token_hash, expires_at, created_at,
                                                      created_by, updated_at, updated_by)
                        VALUES (:id, :userId, :name, :prefix, :hash, :expiresAt, :now, :actor, :now, :actor)
                        """)
                .param("id", id)
                .param("userId", userId)
                .param("name", name.strip())
                .param("prefix", secret.substring(0, SHOWN_PREFIX))
                .param("hash", hash(secret))
                .param("expiresAt", Timestamp.from(expiresAt))
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .update();
        return new IssuedApiToken(find(userId, id).orElseThrow(), secret);
    }

    List<ApiToken> list(UUID userId) {
        return jdbc.sql(SELECT + " WHERE user_id = :userId ORDER BY created_at DESC, id")
                .param("userId", userId)
                .query(ApiTokenStore::token)
                .list();
    }

    Optional<ApiToken> find(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " WHERE user_id = :userId AND id = :id")
                .param("userId", userId)
                .param("id", id)
                .query(ApiTokenStore::token)
                .optional();
    }

    /** @return whether the token was active and is now revoked */
    boolean revoke(UUID userId, UUID id, String actor) {
        return jdbc.sql("""
                                UPDATE access_api_token
                                   SET revoked_at = :now, revoked_by = :actor, updated_at = :now, updated_by = :actor,
                                       version = version + 1
                                 WHERE user_id = :userId AND id = :id AND revoked_at IS NULL
                                """)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("actor", actor)
                        .param("userId", userId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Revokes every active token of an account, as when its password is reset: whoever may have taken it over must
     * not keep a way in.
     *
     * @return the ids of the tokens revoked
     */
    List<UUID> revokeAll(UUID userId, String actor) {
        return jdbc.sql("""
                        UPDATE access_api_token
                           SET revoked_at = :now, revoked_by = :actor, updated_at = :now, updated_by = :actor,
                               version = version + 1
                         WHERE user_id = :userId AND revoked_at IS NULL
                        RETURNING id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("userId", userId)
                .query(UUID.class)
                .list();
    }

    /** What a presented token turned out to be. */
    sealed interface Presented {}

    record Valid(UUID tokenId, UUID userId, String username) implements Presented {}

    record Refused(
            String reason, @Nullable UUID tokenId, @Nullable String username) implements Presented {}

    /** Looks a presented token up and, when it is active, notes its use. The owner's own state is checked by the caller. */
    Presented present(String secret) {
        if (!secret.startsWith(SCHEME_PREFIX) || secret.length() > 100) {
            return new Refused("unknown", null, null);
        }
        record Row(
                UUID id,
                UUID userId,
                String username,
                @Nullable Timestamp expiresAt,
                @Nullable Timestamp revokedAt) {}
        Optional<Row> row =
                jdbc.sql("""
                        SELECT t.id, t.user_id, u.username, t.expires_at, t.revoked_at
                          FROM access_api_token t
                          JOIN access_user u ON u.id = t.user_id
                         WHERE t.token_hash = :hash
                        """).param("hash", hash(secret)).query(Row.class).optional();
        if (row.isEmpty()) {
            return new Refused("unknown", null, null);
        }
        Row token = row.get();
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return new Refused("revoked", token.id(), token.username());
        }
        if (token.expiresAt() != null && !token.expiresAt().toInstant().isAfter(now)) {
            return new Refused("expired", token.id(), token.username());
        }
        jdbc.sql("UPDATE access_api_token SET last_used_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", token.id())
                .update();
        return new Valid(token.id(), token.userId(), token.username());
    }

    private static ApiToken token(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new ApiToken(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("prefix"),
                row.getTimestamp("created_at").toInstant(),
                instant(row.getTimestamp("expires_at")),
                instant(row.getTimestamp("last_used_at")),
                instant(row.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static final String SELECT = """
            SELECT id, name, prefix, created_at, expires_at, last_used_at, revoked_at
              FROM access_api_token
            """;
}
