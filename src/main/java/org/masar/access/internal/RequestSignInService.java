package org.masar.access.internal;

import java.util.Optional;
import org.masar.access.RequestSignIn;
import org.masar.access.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The account's state of now ({@link AccountStates}) behind a credential another module checked: a disabled or
 * locked-out account is refused at once, and the permissions are those its roles grant at this request.
 */
@Service
class RequestSignInService implements RequestSignIn {

    private final AccountStates states;

    RequestSignInService(AccountStates states) {
        this.states = states;
    }

    @Override
    public boolean signIn(UserId account) {
        Optional<AccountStates.AccountState> state = states.find(account.value());
        if (state.isEmpty() || !state.get().mayAct()) {
            return false;
        }
        AccountPrincipal principal = AccountPrincipal.of(state.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, "", principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return true;
    }
}
