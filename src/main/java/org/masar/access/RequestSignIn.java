package org.masar.access;

/**
 * Signs an account in for the current request only, after another module has checked a credential it keeps itself
 * (the collect passwords phones send to the OpenRosa endpoints). The account's state and permissions are read now, as
 * for an API token's owner; no session is created or read. The request's security filter chain clears the context
 * when the request ends.
 */
public interface RequestSignIn {

    /**
     * Runs the rest of the request as this account.
     *
     * @return false, signing nobody in, when the account does not exist, is disabled or is locked out
     */
    boolean signIn(UserId account);
}
