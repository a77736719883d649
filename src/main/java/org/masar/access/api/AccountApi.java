package org.masar.access.api;

import jakarta.validation.Valid;
import java.util.List;
import org.masar.access.AccountSecurity;
import org.masar.access.PasswordRejected;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is (lets a script check its token and the permissions it carries right now), and the change of one's
 * own password, which only a signed-in session may make.
 */
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

    /**
     * Changes the signed-in user's password. A refused password is a 400 validation problem naming each broken rule
     * by field and code, as the page shows them; a wrong current password counts towards the lock-out.
     */
    @PostMapping("/api/v1/account/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request) throws BindException {
        try {
            accounts.changePassword(request.currentPassword(), request.newPassword(), request.confirmation());
        } catch (PasswordRejected rejected) {
            BindingResult errors = new BeanPropertyBindingResult(request, "passwordChangeRequest");
            for (PasswordRejected.Violation violation : rejected.violations()) {
                errors.rejectValue(
                        violation.field(),
                        violation.code(),
                        violation.arguments().toArray(),
                        violation.code());
            }
            throw new BindException(errors);
        }
        return ResponseEntity.noContent().build();
    }
}
