package org.masar.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's own credentials: their password, their second factor (TOTP) and their API tokens. Every step
 * acts on the current user only; administrators manage other people's accounts elsewhere.
 */
public interface AccountSecurity {

    /** What the account page shows about the current user's sign-in settings. */
    Account current();

    /**
     * Replaces the current user's password, checking the current one and the password policy. A wrong current
     * password counts towards the lock-out like a failed sign-in; the user's other sessions end, this one goes on.
     * Refused ({@code access.token-cannot-change-password}) when the call is authenticated by an API token.
     *
     * @throws PasswordRejected listing every broken rule
     */
    void changePassword(String currentPassword, String newPassword, String confirmation);

    /**
     * Starts (or resumes) TOTP enrolment: a new secret is kept, encrypted, but not yet used at sign-in.
     *
     * @throws IllegalStateException when TOTP is already enabled
     */
    TotpEnrolment startTotpEnrolment();

    /**
     * Enables TOTP once the user proves their authenticator holds the secret.
     *
     * @throws InvalidSecondFactor when the code is wrong, expired or already used
     */
    void confirmTotp(String code);

    /**
     * Turns TOTP off after checking a current code. Refused ({@code access.totp-required}) for users who must use it.
     *
     * @throws InvalidSecondFactor when the code is wrong
     */
    void disableTotp(String code);

    /** The current user's API tokens, newest first, revoked and expired ones included. */
    List<ApiToken> tokens();

    /** One of the current user's tokens; {@link ApiTokenNotFound} otherwise. */
    ApiToken token(UUID id);

    /**
     * Issues an API token carrying the current user's permissions. Needs {@code api:tokens} and a signed-in session: a
     * call authenticated by a token is refused ({@code access.token-cannot-issue-tokens}). Without an expiry the token
     * lives {@code masar.api-tokens.default-lifetime}; an expiry beyond {@code masar.api-tokens.max-lifetime} is
     * refused ({@link TokenExpiryTooLate}). The returned secret is shown once: only its hash is kept.
     */
    IssuedApiToken createToken(String name, @Nullable Instant expiresAt);

    /** Revokes one of the current user's tokens; revoking a revoked token changes nothing. */
    void revokeToken(UUID id);

    /**
     * The current user's sign-in settings.
     *
     * @param totpRequired whether this user must use a second factor (administrators)
     * @param mayUseApiTokens whether this user holds {@code api:tokens}
     */
    record Account(
            UserId id,
            String username,
            String displayName,
            boolean mustChangePassword,
            boolean totpEnabled,
            boolean totpRequired,
            boolean mayUseApiTokens) {}

    /**
     * A TOTP secret waiting for confirmation.
     *
     * @param secret the Base32 secret, for typing into an authenticator by hand
     * @param uri the {@code otpauth://} URI the QR code holds
     * @param qrCode the QR code as an SVG {@code data:} URI, ready for an {@code img} element
     */
    record TotpEnrolment(String secret, String uri, String qrCode) {}

    /**
     * An API token as its owner sees it later: never the secret, only its first characters.
     *
     * @param prefix the token's first characters, to recognise it
     */
    record ApiToken(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        /** Whether the token still opens the API at the given instant. */
        public boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /**
     * A token just issued.
     *
     * @param secret the whole token, to send as {@code Authorization: Bearer <secret>}; shown this once only
     */
    record IssuedApiToken(ApiToken token, String secret) {}
}
