package org.masar.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.AccountSecurity;
import org.masar.access.ApiTokenNotFound;
import org.masar.access.CurrentUser;
import org.masar.access.InvalidSecondFactor;
import org.masar.access.NotSignedIn;
import org.masar.access.PasswordRejected;
import org.masar.access.PasswordRejected.Violation;
import org.masar.access.TokenExpiryTooLate;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.ForbiddenException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
@EnableConfigurationProperties(ApiTokenLifetimes.class)
class AccountSecurityService implements AccountSecurity {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SignInState state;
    private final SecondFactors factors;
    private final ApiTokenStore tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CheckedSessionContexts contexts;
    private final SignInFlow signIn;
    private final ApiTokenLifetimes lifetimes;

    AccountSecurityService(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            SignInState state,
            SecondFactors factors,
            ApiTokenStore tokens,
            AuditTrail audit,
            Clock clock,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            CheckedSessionContexts contexts,
            SignInFlow signIn,
            ApiTokenLifetimes lifetimes) {
        this.contexts = contexts;
        this.signIn = signIn;
        this.lifetimes = lifetimes;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.state = state;
        this.factors = factors;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Account current() {
        CurrentUser me = CurrentUser.get();
        SignInState.Standing standing = standing(me);
        String displayName = jdbc.sql("SELECT display_name FROM access_user WHERE id = :id")
                .param("id", standing.id())
                .query(String.class)
                .single();
        boolean mayUseTokens = jdbc.sql("""
                        SELECT EXISTS (SELECT 1
                                         FROM access_user_role ur
                                         JOIN access_role_permission p ON p.role_code = ur.role_code
                                        WHERE ur.user_id = :id AND p.permission = :permission)
                        """)
                .param("id", standing.id())
                .param("permission", ApiTokenFilter.TOKEN_PERMISSION)
                .query(Boolean.class)
                .single();
        return new Account(
                me.id(),
                standing.username(),
                displayName,
                standing.mustChangePassword(),
                standing.totpEnabled(),
                standing.totpRequired(),
                mayUseTokens);
    }

    @Override
    // The failed attempt a wrong current password counts must stay counted although the change is refused.
    @Transactional(noRollbackFor = PasswordRejected.class)
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        CurrentUser me = CurrentUser.get();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token) {
            // A token that could set the password would turn a leaked script credential into the whole account.
            audit.record(
                    AuditEvent.of("access.password.changed", "user", me.id().toString())
                            .withOutcome(AuditOutcome.DENIED)
                            .because("by-token")
                            .with("token", token.tokenId()));
            throw ForbiddenException.audited("access.token-cannot-change-password");
        }
        String hash = jdbc.sql("SELECT password_hash FROM access_user WHERE id = :id FOR UPDATE")
                .param("id", me.id().value())
                .query(String.class)
                .single();
        List<Violation> violations = new ArrayList<>();
        if (!passwordEncoder.matches(currentPassword, hash)) {
            violations.add(new Violation("currentPassword", "access.password.current-wrong", List.of()));
            // Whoever found an open session must not get to guess the password without limit: a wrong current
            // password counts like a failed sign-in, and the fifth in a row locks the account (ending this session).
            signIn.failedAttempt(clientAddress(), me.username(), "bad-current-password");
        }
        violations.addAll(policy.check(me.username(), newPassword, hash));
        if (!newPassword.equals(confirmation)) {
            violations.add(new Violation("confirmation", "access.password.mismatch", List.of()));
        }
        if (!violations.isEmpty()) {
            audit.record(
                    AuditEvent.of("access.password.changed", "user", me.id().toString())
                            .withOutcome(AuditOutcome.FAILURE)
                            .because(violations.stream()
                                    .map(Violation::code)
                                    .distinct()
                                    .reduce((a, b) -> a + " " + b)
                                    .orElse("")));
            throw new PasswordRejected(violations);
        }
        // A new stamp: the user's other sessions end at their next request, on whatever node; this one is renewed.
        UUID stamp = jdbc.sql("""
                        UPDATE access_user
                           SET password_hash = :hash, password_changed_at = :now, must_change_password = false,
                               security_stamp = gen_random_uuid(),
                               updated_at = :now, updated_by = :actor, version = version + 1
                         WHERE id = :id
                        RETURNING security_stamp
                        """)
                .param("hash", passwordEncoder.encode(newPassword))
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", me.username())
                .param("id", me.id().value())
                .query(UUID.class)
                .single();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            contexts.restamp(stamp, attributes.getRequest(), attributes.getResponse());
        }
        int ended = endOtherSessions(me.username());
        audit.record(AuditEvent.of("access.password.changed", "user", me.id().toString())
                .with("otherSessionsEnded", ended));
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "unknown";
    }

    /** A changed password should lock out whoever else knew the old one, so the user's other sessions end. */
    private int endOtherSessions(String username) {
        String current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        && attributes.getRequest().getSession(false) != null
                ? attributes.getRequest().getSession(false).getId()
                : null;
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(current)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    @Override
    @Transactional
    public TotpEnrolment startTotpEnrolment() {
        CurrentUser me = CurrentUser.get();
        if (standing(me).totpEnabled()) {
            throw new IllegalStateException("TOTP is already enabled");
        }
        // Resuming shows the same secret, so a reload does not invalidate what the authenticator already scanned.
        byte[] secret = factors.secret(me.id().value())
                .orElseGet(() -> factors.newPendingSecret(me.id().value()));
        String uri = TotpCodes.uri(me.username(), secret);
        return new TotpEnrolment(TotpCodes.base32(secret), uri, QrCodes.svgDataUri(uri));
    }

    @Override
    @Transactional
    public void confirmTotp(String code) {
        CurrentUser me = CurrentUser.get();
        if (standing(me).totpEnabled()) {
            return;
        }
        if (!factors.accept(me.id().value(), code)) {
            audit.record(AuditEvent.of("access.totp.enrolled", "user", me.id().toString())
                    .withOutcome(AuditOutcome.FAILURE)
                    .because("bad-code"));
            throw new InvalidSecondFactor();
        }
        factors.enable(me.id().value());
        audit.record(AuditEvent.of("access.totp.enrolled", "user", me.id().toString()));
    }

    @Override
    // The failed attempt a wrong code counts must stay counted although the change is refused.
    @Transactional(noRollbackFor = InvalidSecondFactor.class)
    public void disableTotp(String code) {
        CurrentUser me = CurrentUser.get();
        SignInState.Standing standing = standing(me);
        if (!standing.totpEnabled()) {
            return;
        }
        if (standing.totpRequired()) {
            audit.record(AuditEvent.of("access.totp.disabled", "user", me.id().toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .because("required"));
            throw ForbiddenException.audited("access.totp-required");
        }
        if (!factors.accept(me.id().value(), code)) {
            // Turning the second factor off proves who one is like signing in: whoever found this session open must
            // not get to guess codes without limit, so a wrong code counts like one at sign-in (the fifth locks).
            signIn.failedAttempt(clientAddress(), me.username(), "bad-second-factor");
            audit.record(AuditEvent.of("access.totp.disabled", "user", me.id().toString())
                    .withOutcome(AuditOutcome.FAILURE)
                    .because("bad-code"));
            throw new InvalidSecondFactor();
        }
        factors.disable(me.id().value());
        audit.record(AuditEvent.of("access.totp.disabled", "user", me.id().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiToken> tokens() {
        return tokens.list(CurrentUser.get().id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public ApiToken token(UUID id) {
        return tokens.find(CurrentUser.get().id().value(), id).orElseThrow(() -> new ApiTokenNotFound(id));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('api:tokens')")
    public IssuedApiToken createToken(String name, @Nullable Instant expiresAt) {
        CurrentUser me = CurrentUser.get();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token) {
            // A leaked token must not be able to outlive its own revocation or expiry by minting successors.
            audit.record(AuditEvent.of(
                            "access.token.created", "api-token", token.tokenId().toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .because("issued-by-token"));
            throw ForbiddenException.audited("access.token-cannot-issue-tokens");
        }
        Instant now = clock.instant();
        Instant latest = now.plus(lifetimes.maxLifetime());
        if (expiresAt != null && expiresAt.isAfter(latest)) {
            throw new TokenExpiryTooLate(lifetimes.maxLifetime().toDays());
        }
        Instant expiry = expiresAt != null ? expiresAt : now.plus(lifetimes.defaultLifetime());
        IssuedApiToken issued = tokens.issue(me.id().value(), me.username(), name, expiry);
        audit.record(AuditEvent.of(
                        "access.token.created", "api-token", issued.token().id().toString())
                .with("prefix", issued.token().prefix())
                .with("expiresAt", expiry.toString()));
        return issued;
    }

    @Override
    @Transactional
    public void revokeToken(UUID id) {
        CurrentUser me = CurrentUser.get();
        ApiToken token = tokens.find(me.id().value(), id).orElseThrow(() -> new ApiTokenNotFound(id));
        if (tokens.revoke(me.id().value(), token.id(), me.username())) {
            audit.record(AuditEvent.of("access.token.revoked", "api-token", id.toString())
                    .with("prefix", token.prefix()));
        }
    }

    private SignInState.Standing standing(CurrentUser me) {
        return state.standing(me.username()).orElseThrow(NotSignedIn::new);
    }
}
