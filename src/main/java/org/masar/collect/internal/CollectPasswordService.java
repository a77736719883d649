package org.masar.collect.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.collect.CollectPassword;
import org.masar.collect.CollectPasswordNotFound;
import org.masar.collect.CollectPasswords;
import org.masar.collect.IssuedCollectPassword;
import org.masar.shared.ChangeStamp;
import org.masar.shared.InvalidFields;
import org.masar.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collect passwords: 32 random characters (about 190 bits), of which the first {@value #PREFIX} find the row. For HTTP
 * Basic the application's {@link PasswordEncoder} hash is kept; for HTTP Digest, which needs
 * {@code MD5(username:realm:password)} on the server, that value (HA1), sealed with {@link SecretBox}, so a copy of the
 * database alone gives neither the password nor anything a phone could be impersonated with.
 */
@Service
class CollectPasswordService implements CollectPasswords {

    static final String REALM = "Masar";
    static final int PREFIX = 8;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SecretBox box;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /*
     * A phone sends its password with every request (form list, each form, each media file, each submission), and the
     * application's encoder (Argon2id) is slow on purpose. Once a password has matched its hash, its SHA-256 is kept
     * here for a while, so the next requests compare that instead. The rows are read under the change stamp
     * ({@link #byPrefix}), so a revoked password stops working at once; a SHA-256 of 190 random bits gives nothing
     * away.
     */
    private final Cache<UUID, String> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(15))
            .build();

    /** The active passwords by prefix, as of the change stamp (collect_password is stamped, its last use is not). */
    private final ChangeStamp.Cache<String, List<PrefixRow>> byPrefix;

    private record PrefixRow(UUID id, UUID user, String username, String hash) {}

    CollectPasswordService(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            SecretBox box,
            AuditTrail audit,
            JsonMapper json,
            Clock clock,
            ChangeStamp changes) {
        this.byPrefix = changes.cache(10_000);
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.box = box;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional
    public IssuedCollectPassword create(String name, String serverUrl) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidFields(List.of(new InvalidFields.Field(
                    "name", trimmed.isEmpty() ? "collect.error.required" : "collect.error.too-long")));
        }
        CurrentUser me = CurrentUser.get();
        String password = secret();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO collect_password (id, user_id, username, name, prefix, password_hash, digest_ha1,
                                                      created_at)
                        VALUES (:id, :user, :username, :name, :prefix, :hash, :ha1, :now)
                        """)
                .param("id", id)
                .param("user", me.id().value())
                .param("username", me.username())
                .param("name", trimmed)
                .param("prefix", password.substring(0, PREFIX))
                .param("hash", encoder.encode(password))
                .param("ha1", box.seal(ha1(me.username(), password).getBytes(StandardCharsets.US_ASCII)))
                .param("now", Timestamp.from(now))
                .update();
        audit.record(new AuditEvent(
                "collect.password.created",
                AuditOutcome.SUCCESS,
                "collect-password",
                id.toString(),
                null,
                Map.of("name", trimmed),
                me.username()));
        String settings = settings(serverUrl, me.username(), password);
        CollectPassword created = new CollectPassword(id, trimmed, password.substring(0, PREFIX), now, null, null);
        return new IssuedCollectPassword(created, password, me.username(), serverUrl, settings, svgDataUri(settings));
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional(readOnly = true)
    public List<CollectPassword> mine() {
        return jdbc.sql("""
                        SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM collect_password
                         WHERE user_id = :me ORDER BY created_at DESC, id
                        """)
                .param("me", CurrentUser.get().id().value())
                .query((row, n) -> new CollectPassword(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        row.getString("prefix"),
                        row.getTimestamp("created_at").toInstant(),
                        instant(row.getTimestamp("last_used_at")),
                        instant(row.getTimestamp("revoked_at"))))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:submit')")
    @Transactional
    public void revoke(UUID id) {
        CurrentUser me = CurrentUser.get();
        int found = jdbc.sql("SELECT count(*) FROM collect_password WHERE id = :id AND user_id = :me")
                .param("id", id)
                .param("me", me.id().value())
                .query(Integer.class)
                .single();
        if (found == 0) {
            throw new CollectPasswordNotFound(id.toString());
        }
        int revoked = jdbc.sql("""
                        UPDATE collect_password SET revoked_at = :now
                         WHERE id = :id AND user_id = :me AND revoked_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("me", me.id().value())
                .update();
        if (revoked > 0) {
            audit.record(new AuditEvent(
                    "collect.password.revoked",
                    AuditOutcome.SUCCESS,
                    "collect-password",
                    id.toString(),
                    null,
                    Map.of(),
                    me.username()));
        }
    }

    // ---------------------------------------------------------------- for the OpenRosa authentication

    /** An active collect password's owner, once a credential matched it. */
    record Match(UUID passwordId, UserId user, String username) {}

    /**
     * HTTP Basic: the password's prefix finds the row, the application's encoder checks it; the username in any letter
     * case. (Digest cannot do the same: the username as typed is inside the hash the phone sends.)
     */
    @Nullable
    Match basic(String username, String password) {
        if (password.length() != LENGTH) {
            return null;
        }
        List<PrefixRow> rows = byPrefix.get(
                password.substring(0, PREFIX),
                prefix -> jdbc.sql("""
                                SELECT id, user_id, username, password_hash FROM collect_password
                                 WHERE prefix = :prefix AND revoked_at IS NULL
                                """)
                        .param("prefix", prefix)
                        .query((row, n) -> new PrefixRow(
                                row.getObject("id", UUID.class),
                                row.getObject("user_id", UUID.class),
                                row.getString("username"),
                                row.getString("password_hash")))
                        .list());
        for (PrefixRow row : rows) {
            // usernames are unique in any letter case, and phones capitalise what is typed into them
            if (!row.username().equalsIgnoreCase(username)) {
                continue;
            }
            String fingerprint = sha256(password);
            if (fingerprint.equals(verified.getIfPresent(row.id())) || encoder.matches(password, row.hash())) {
                verified.put(row.id(), fingerprint);
                return new Match(row.id(), new UserId(row.user()), row.username());
            }
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HTTP Digest: each active password of the username is tried with the client's response. */
    @Nullable
    Match digest(String username, String expectedResponseFor, DigestCheck check) {
        record Row(UUID id, UUID user, String username, String ha1) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, user_id, username, digest_ha1 FROM collect_password
                         WHERE lower(username) = lower(:username) AND revoked_at IS NULL
                        """)
                .param("username", username)
                .query((row, n) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getObject("user_id", UUID.class),
                        row.getString("username"),
                        row.getString("digest_ha1")))
                .list();
        for (Row row : rows) {
            if (!row.username().equals(username)) {
                continue;
            }
            String ha1 = new String(box.open(row.ha1()), StandardCharsets.US_ASCII);
            if (check.matches(ha1, expectedResponseFor)) {
                return new Match(row.id(), new UserId(row.user()), row.username());
            }
        }
        return null;
    }

    /** Compares a client's Digest response with the one a stored HA1 gives. */
    interface DigestCheck {
        boolean matches(String ha1, String clientResponse);
    }

    /**
     * Passwords whose last use this node recorded within the minute: a phone sending a hundred submissions in a minute
     * costs one write of its last use, not a statement per request.
     */
    private final Cache<UUID, Boolean> recentlyRecorded = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    void used(UUID passwordId) {
        if (recentlyRecorded.asMap().putIfAbsent(passwordId, Boolean.TRUE) != null) {
            return;
        }
        jdbc.sql("""
                        UPDATE collect_password SET last_used_at = :now
                         WHERE id = :id AND (last_used_at IS NULL OR last_used_at < CAST(:now AS timestamptz) - interval '1 minute')
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", passwordId)
                .update();
    }

    static String ha1(String username, String password) {
        return md5Hex(username + ":" + REALM + ":" + password);
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secret() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** ODK Collect's settings as its QR reader takes them: the JSON, zlib-deflated, then Base64. */
    private String settings(String serverUrl, String username, String password) {
        Map<String, Object> general = new LinkedHashMap<>();
        general.put("server_url", serverUrl);
        general.put("username", username);
        general.put("password", password);
        general.put("protocol", "odk_default");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("general", general);
        settings.put("admin", Map.of());
        settings.put("project", Map.of("name", "Masar"));
        byte[] text = json.writeValueAsBytes(settings);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out =
                new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION, false))) {
            out.write(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getEncoder().encodeToString(deflated.toByteArray());
    }

    private static String svgDataUri(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode these settings as a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
