package org.masar.access.api;

import java.util.List;
import org.masar.access.AccountSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets a script check its token and the permissions it carries right now. */
@RestController
class AccountApi {

    private final AccountSecurity accounts;

    AccountApi(AccountSecurity accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account and its current permissions. */
    record AccountJson(String id, String username, boolean totpEnabled, List<String> permissions) {}

    @GetMapping("/api/v1/account")
    AccountJson account(Authentication authentication) {
        AccountSecurity.Account account = accounts.current();
        List<String> permissions = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
        return new AccountJson(account.id().toString(), account.username(), account.totpEnabled(), permissions);
    }
}
