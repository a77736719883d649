package org.masar.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.AccountSecurity;
import org.masar.access.AccountSecurity.ApiToken;
import org.masar.access.AccountSecurity.IssuedApiToken;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's API tokens: list and revoke (with a session or a token), issue (with a session only; the secret
 * is in this answer only). Every token expires.
 */
@RestController
@RequestMapping("/api/v1/account/tokens")
class AccountTokensApi {

    private final AccountSecurity accounts;

    AccountTokensApi(AccountSecurity accounts) {
        this.accounts = accounts;
    }

    /** A token as listed; never its secret. */
    record TokenJson(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(
                    token.id(),
                    token.name(),
                    token.prefix(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    /** A new token: a name to recognise it by, and an expiry (the default lifetime when absent, at most the maximum). */
    record TokenRequest(
            @NotBlank @Size(max = 80) String name,
            @Nullable @Future Instant expiresAt) {}

    /** A token just issued, with its secret, to send as {@code Authorization: Bearer <token>}. */
    record IssuedTokenJson(TokenJson token, String secret) {

        static IssuedTokenJson of(IssuedApiToken issued) {
            return new IssuedTokenJson(TokenJson.of(issued.token()), issued.secret());
        }
    }

    @GetMapping
    PageJson<TokenJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size)
                .slice(accounts.tokens().stream().map(TokenJson::of).toList());
    }

    @GetMapping("/{id}")
    TokenJson get(@PathVariable UUID id) {
        return TokenJson.of(accounts.token(id));
    }

    @PostMapping
    ResponseEntity<IssuedTokenJson> create(@Valid @RequestBody TokenRequest request) {
        IssuedApiToken issued = accounts.createToken(request.name(), request.expiresAt());
        return ResponseEntity.created(
                        URI.create("/api/v1/account/tokens/" + issued.token().id()))
                .body(IssuedTokenJson.of(issued));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        accounts.revokeToken(id);
        return ResponseEntity.noContent().build();
    }
}
